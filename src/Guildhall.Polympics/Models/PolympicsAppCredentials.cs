using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Polympics.Models;

/// <summary>An app with its new token, as <c>POST /auth/reset_token</c> returns it. <see cref="ToString"/> never shows the token.</summary>
[JsonConverter(typeof(WireModelConverter<PolympicsAppCredentials>))]
public sealed partial record PolympicsAppCredentials
{
    /// <summary>The app's name.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>The app's permissions.</summary>
    public PolympicsPermissions Permissions { get; init; }

    /// <summary>The app's username, <c>A&lt;id&gt;</c>.</summary>
    [JsonRequired]
    public string Username { get; init; } = "";

    /// <summary>The new token (the server calls it <c>password</c>). Keep it out of logs.</summary>
    [JsonRequired]
    [JsonPropertyName("password")]
    public string Token { get; init; } = "";

    /// <summary>The app as credentials for a client.</summary>
    public PolympicsCredentials ToCredentials() => new(Username, Token);

    /// <summary>The name, username and permissions; the token is redacted.</summary>
    public override string ToString() => $"PolympicsAppCredentials {{ Name = {Name}, Username = {Username}, Permissions = {Permissions}, Token = (redacted) }}";
}
