using Guildhall.Core;

namespace Guildhall.TopGg;

/// <summary>
/// Settings of a <see cref="TopGgClient"/>. Every default suits the real service; they are checked when the client is
/// built. <see cref="ApiClientOptions.BaseAddress"/> defaults to <see cref="DefaultBaseAddress"/> (point it at the
/// sandbox's <c>/topgg/api</c> to work offline), and the default <see cref="ApiClientOptions.MaxRateLimitWait"/> of
/// 100 s is enough for a few pages at the <c>/bots/*</c> pace of 60 a minute.
/// </summary>
public sealed class TopGgClientOptions : ApiClientOptions
{
    /// <summary>Creates the options with the real service's defaults.</summary>
    public TopGgClientOptions()
        : base("topgg", DefaultBaseAddress)
    {
    }

    /// <summary>The real service's base address, <c>https://top.gg/api</c> (v1 routes live under <c>/v1</c> below it).</summary>
    public static Uri DefaultBaseAddress { get; } = new("https://top.gg/api");

    /// <summary>
    /// The API token from the project's "Integrations &amp; API" dashboard page. Required. The bot id used by v0 routes is
    /// read from it.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>
    /// Whether <see cref="Token"/> is a legacy token, sent raw (<c>Authorization: &lt;token&gt;</c>) to v0 routes. Legacy
    /// tokens cannot call v1 routes, which answer 401. Default <see langword="false"/>: the token is sent as
    /// <c>Bearer</c> everywhere, which current tokens need on v1 and v0 accepts.
    /// </summary>
    public bool LegacyToken { get; set; }

    /// <summary>
    /// No longer used. It was added to every rate-limit window to absorb the difference between when the client sends
    /// a request and when Top.gg counts it, which no fixed margin can bound. Every request now holds its slot while in
    /// flight and for a full window after its answer arrives, so Top.gg never sees more requests in a window than the
    /// limit, whatever the latency; this value is ignored.
    /// </summary>
    [Obsolete("Ignored: each request now holds its rate-limit slot until a full window after its answer, which covers any latency. Remove the setting.")]
    public TimeSpan RateLimitMargin { get; set; } = TimeSpan.Zero;

    /// <summary>Choices for v1 routes on which the public SDKs disagree.</summary>
    public TopGgApiCompatibility Compatibility { get; set; } = new();

    /// <summary>A copy of these options with another token, for the constructors that take the token apart: the caller's options stay as they are.</summary>
    internal TopGgClientOptions WithToken(string token)
    {
        var copy = (TopGgClientOptions)MemberwiseClone();
        copy.Token = token;
        return copy;
    }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range, or the token is unreadable.</exception>
    public override void Validate()
    {
        if (string.IsNullOrWhiteSpace(Token))
        {
            throw new ArgumentException("A Top.gg API token is required (TopGgClientOptions.Token).", nameof(Token));
        }

        _ = TopGgToken.Parse(Token);
        ArgumentNullException.ThrowIfNull(Compatibility);
        Compatibility.Validate();
        base.Validate();
    }
}
