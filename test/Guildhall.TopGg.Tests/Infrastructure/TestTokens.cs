using System.Text;

namespace Guildhall.TopGg.Tests.Infrastructure;

/// <summary>Builds Top.gg-shaped tokens (header.payload.signature) for tests that do not use the sandbox's.</summary>
internal static class TestTokens
{
    public static string Create(ulong id) => CreateWithPayload($$"""{"id":"{{id}}","bot":true,"iat":1757663231}""");

    public static string CreateWithPayload(string payloadJson) =>
        $"{Encode("""{"alg":"HS256","typ":"JWT"}""")}.{Encode(payloadJson)}.c2lnbmF0dXJl";

    private static string Encode(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
