namespace Guildhall.Osu.Authentication;

/// <summary>
/// An OAuth token of the osu! API, as a token repository stores it. <see cref="ToString"/> never shows the secrets.
/// </summary>
public sealed record OsuToken
{
    /// <summary>The access token (a JWT), sent as <c>Authorization: Bearer …</c>.</summary>
    public required string AccessToken { get; init; }

    /// <summary>The refresh token; <see langword="null"/> for client-credentials tokens, which are renewed by asking again.</summary>
    public string? RefreshToken { get; init; }

    /// <summary>The token type, <c>Bearer</c>.</summary>
    public string TokenType { get; init; } = "Bearer";

    /// <summary>When the access token expires (the API issues them for one day).</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The scopes granted, read from the token's claims (or the ones asked for when the token is not a JWT).</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>The user the token acts for (the JWT's <c>sub</c>), or <see langword="null"/> for a client-credentials (guest) token.</summary>
    public long? OwnerId { get; init; }

    /// <summary>Whether the token was granted <paramref name="scope"/> (<c>*</c>, the first-party scope, grants all).</summary>
    /// <param name="scope">A scope from <see cref="OsuScopes"/>.</param>
    public bool HasScope(string scope) => Scopes.Contains(scope, StringComparer.Ordinal) || Scopes.Contains("*", StringComparer.Ordinal);

    /// <summary>Whether the token is expired at <paramref name="now"/> or will be within <paramref name="skew"/>.</summary>
    /// <param name="now">The current time.</param>
    /// <param name="skew">How long before the expiry the token counts as expired already.</param>
    public bool ExpiresWithin(DateTimeOffset now, TimeSpan skew) => now + skew >= ExpiresAt;

    /// <summary>Describes the token without its secrets.</summary>
    public override string ToString() =>
        $"osu! token (owner {OwnerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, scopes {string.Join(' ', Scopes)}, expires {ExpiresAt:u}, refresh token {(RefreshToken is null ? "no" : "yes")})";
}
