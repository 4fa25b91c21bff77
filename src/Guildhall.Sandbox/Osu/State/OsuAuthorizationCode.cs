namespace Guildhall.Sandbox.Osu.State;

/// <summary>A single-use authorization code from <c>/oauth/authorize</c>.</summary>
internal sealed class OsuAuthorizationCode
{
    public required string Value { get; init; }

    public required long ClientId { get; init; }

    public required long UserId { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>The <c>redirect_uri</c> sent to <c>/oauth/authorize</c>; the token request must repeat it.</summary>
    public string? RedirectUri { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public bool Revoked { get; set; }
}
