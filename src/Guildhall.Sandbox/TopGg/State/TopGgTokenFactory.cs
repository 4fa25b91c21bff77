using System.Security.Cryptography;
using System.Text;

namespace Guildhall.Sandbox.TopGg.State;

/// <summary>
/// Builds JWT-shaped tokens like Top.gg's: <c>base64url(header).base64url(payload).base64url(HMAC)</c>, where the
/// payload is <c>{"id":"&lt;bot id&gt;","bot":true,"iat":&lt;unix seconds&gt;}</c>. Deterministic, so the documented
/// sandbox tokens can be reproduced from their bot id and issue time.
/// </summary>
internal static class TopGgTokenFactory
{
    private static readonly byte[] SigningKey = "guildhall-sandbox-topgg"u8.ToArray();

    public static string Create(ulong botId, long issuedAtUnixSeconds)
    {
        var header = Base64Url("""{"alg":"HS256","typ":"JWT"}"""u8);
        var payloadJson = string.Create(
            CultureInfo.InvariantCulture, $$"""{"id":"{{botId}}","bot":true,"iat":{{issuedAtUnixSeconds}}}""");
        var payload = Base64Url(Encoding.UTF8.GetBytes(payloadJson));
        var signed = header + "." + payload;
        var signature = Base64Url(HMACSHA256.HashData(SigningKey, Encoding.ASCII.GetBytes(signed)));
        return signed + "." + signature;
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
