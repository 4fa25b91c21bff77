using Guildhall.Core;

namespace Guildhall.Tatsu;

/// <summary>
/// Settings of a <see cref="TatsuClient"/>, validated when the client is built; later changes do not affect it.
/// Defaults: <see cref="ApiClientOptions.BaseAddress"/> <see cref="DefaultBaseAddress"/> (point it at the
/// sandbox's <c>/tatsu/v1/</c> for offline work), <see cref="ApiClientOptions.Timeout"/> <see cref="TatsuDefaults.Timeout"/>,
/// <see cref="ApiClientOptions.MaxRateLimitWait"/> <see cref="TatsuDefaults.MaxRateLimitWait"/> and
/// <see cref="TatsuDefaults.MaxRetries"/> retries. Reads are repeated after a 5xx, a 408 or a network error; changes
/// (PATCH) only after a 429, when the server provably did nothing. The rate budget is shared by every client of the
/// process holding the same key.
/// </summary>
public sealed class TatsuClientOptions : ApiClientOptions
{
    /// <summary>Creates the options with Tatsu's defaults.</summary>
    public TatsuClientOptions()
        : base(TatsuConnection.ApiName, DefaultBaseAddress)
    {
        Timeout = TatsuDefaults.Timeout;
        MaxRateLimitWait = TatsuDefaults.MaxRateLimitWait;
        Retry.MaxRetries = TatsuDefaults.MaxRetries;
    }

    /// <summary>The real API's address, <c>https://api.tatsu.gg/v1/</c>.</summary>
    public static Uri DefaultBaseAddress { get; } = new("https://api.tatsu.gg/v1/");

    /// <summary>
    /// The API key, sent raw as the <c>Authorization</c> header (Tatsu uses no scheme). Create one with
    /// <c>t!apikey create</c> in Discord. Required.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The requests per minute the key may make. Default <see cref="TatsuDefaults.RequestsPerMinute"/>; the server's headers correct it.</summary>
    public int RequestsPerMinute { get; set; } = TatsuDefaults.RequestsPerMinute;

    /// <summary>A copy of these options with another key, for the constructors that take the key apart: the caller's options stay as they are.</summary>
    internal TatsuClientOptions WithApiKey(string apiKey)
    {
        var copy = (TatsuClientOptions)MemberwiseClone();
        copy.ApiKey = apiKey;
        return copy;
    }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range; the message names it (never the key's value).</exception>
    public override void Validate()
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("A Tatsu API key is required (create one with 't!apikey create' in Discord).", nameof(ApiKey));
        }

        if (ApiKey.AsSpan().Trim().Length != ApiKey.Length || ApiKey.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("The Tatsu API key has surrounding white space or a line break; paste it exactly.", nameof(ApiKey));
        }

        if (ApiKey.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Tatsu sends the API key without a scheme; remove the \"Bearer \" prefix.", nameof(ApiKey));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(RequestsPerMinute, 1, nameof(RequestsPerMinute));
        base.Validate();
    }
}
