using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Guildhall.Osu.Tests.Infrastructure;

/// <summary>JWT-shaped access tokens like osu!'s Passport tokens (unsigned: the client never checks signatures).</summary>
internal static class TestJwt
{
    public static string Create(long? ownerId, IEnumerable<string> scopes, string id)
    {
        var header = Encode("""{"typ":"JWT","alg":"RS256"}""");
        var payload = Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["aud"] = "1",
            ["jti"] = id,
            ["sub"] = ownerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["scopes"] = scopes.ToArray(),
        }));
        return $"{header}.{payload}.c2lnbmF0dXJl";
    }

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
