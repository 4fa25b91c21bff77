using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Polympics.Models;

/// <summary>
/// A user session (<c>Session</c>): Basic credentials that act as one account until <see cref="ExpiresAt"/>. Pass it to
/// <see cref="PolympicsUserClient"/>, or hand it to a front end. <see cref="ToString"/> never shows the token.
/// </summary>
[JsonConverter(typeof(WireModelConverter<PolympicsSession>))]
public sealed partial record PolympicsSession
{
    /// <summary>The session's username, <c>S&lt;id&gt;</c>.</summary>
    [JsonRequired]
    public string Username { get; init; } = "";

    /// <summary>The session's token (the server calls it <c>password</c>). Keep it out of logs.</summary>
    [JsonRequired]
    [JsonPropertyName("password")]
    public string Token { get; init; } = "";

    /// <summary>When the session stops working (the server sends float Unix seconds).</summary>
    [JsonConverter(typeof(FlexibleDateTimeOffsetConverter))]
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The session as credentials for a client.</summary>
    public PolympicsCredentials ToCredentials() => new(Username, Token);

    /// <summary>The username and expiry; the token is redacted.</summary>
    public override string ToString() => $"PolympicsSession {{ Username = {Username}, ExpiresAt = {ExpiresAt:O}, Token = (redacted) }}";
}
