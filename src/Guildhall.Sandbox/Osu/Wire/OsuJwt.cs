using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>
/// Makes access tokens shaped like osu!'s Passport JWTs (RS256 header; <c>aud</c>, <c>jti</c>, <c>iat</c>,
/// <c>nbf</c>, <c>exp</c>, <c>sub</c>, <c>scopes</c> claims), because clients such as aiosu read <c>sub</c> and
/// <c>scopes</c> from them. The signature is random bytes: the sandbox recognises its tokens by lookup, not by signature.
/// </summary>
internal static class OsuJwt
{
    private const string Header = """{"typ":"JWT","alg":"RS256"}""";

    /// <summary>A new token id: 80 hex digits, like Passport's.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(40));

    /// <summary>An opaque long string like Passport's encrypted refresh tokens and authorization codes.</summary>
    public static string NewOpaque() => "def50200" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(320));

    public static string Create(string id, long clientId, long? userId, IReadOnlyList<string> scopes, DateTimeOffset issued, DateTimeOffset expires)
    {
        var payload = new JsonObject
        {
            ["aud"] = clientId.ToString(CultureInfo.InvariantCulture),
            ["jti"] = id,
            ["iat"] = Seconds(issued),
            ["nbf"] = Seconds(issued),
            ["exp"] = Seconds(expires),
            ["sub"] = userId?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["scopes"] = new JsonArray([.. scopes.Select(s => (JsonNode)s)]),
        };
        return $"{Encode(Encoding.UTF8.GetBytes(Header))}.{Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.{Encode(RandomNumberGenerator.GetBytes(256))}";
    }

    // lcobucci/jwt writes times as seconds with a microsecond fraction.
    private static decimal Seconds(DateTimeOffset time) => decimal.Round(time.ToUnixTimeMilliseconds() / 1000m, 6);

    private static string Encode(byte[] bytes) => Base64Url.EncodeToString(bytes);
}
