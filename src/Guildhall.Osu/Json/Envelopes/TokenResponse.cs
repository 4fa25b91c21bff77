namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The answer of <c>POST /oauth/token</c>.</summary>
internal sealed record TokenResponse
{
    public string TokenType { get => field ?? ""; init; }

    public long ExpiresIn { get; init; }

    public string AccessToken { get => field ?? ""; init; }

    public string? RefreshToken { get; init; }
}
