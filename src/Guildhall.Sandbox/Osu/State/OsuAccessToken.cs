namespace Guildhall.Sandbox.Osu.State;

/// <summary>An issued access token. <see cref="Value"/> is the bearer string and never leaves the store except in the token response.</summary>
internal sealed class OsuAccessToken
{
    /// <summary>The token id (the JWT <c>jti</c>), safe to show in admin listings and logs.</summary>
    public required string Id { get; init; }

    public required string Value { get; init; }

    public required long ClientId { get; init; }

    /// <summary>The authorizing user; <see langword="null"/> for client-credentials tokens.</summary>
    public long? UserId { get; init; }

    /// <summary>The scopes, sorted as osu-web stores them.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    public required string Grant { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; set; }

    public bool Revoked { get; set; }

    /// <summary>Requests made with this token (what the admin listing reports).</summary>
    public int Hits { get; set; }

    public bool Can(string scope) => Scopes.Contains(scope, StringComparer.Ordinal) ||
        (Scopes.Contains("*", StringComparer.Ordinal) && scope is not ("delegate" or "group_permissions"));

    public bool IsActive(DateTimeOffset now) => !Revoked && ExpiresAt > now;
}
