namespace Guildhall.Sandbox.Osu.State;

/// <summary>A refresh token, bound to the access token it was issued with; using it revokes both (rotation).</summary>
internal sealed class OsuRefreshToken
{
    public required string Value { get; init; }

    public required OsuAccessToken AccessToken { get; init; }

    public required DateTimeOffset ExpiresAt { get; set; }

    public bool Revoked { get; set; }
}
