using System.Security.Cryptography;
using System.Text;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>
/// The V2 <c>x-topgg-signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c>, the MAC keyed by the
/// <c>whs_</c> secret over <c>"{t}.{raw body}"</c>.
/// </summary>
internal static class TopGgWebhookSignature
{
    public const string HeaderName = "x-topgg-signature";
    public const string TraceHeaderName = "x-topgg-trace";

    public static string Create(string secret, long unixSeconds, string body)
    {
        var t = unixSeconds.ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(t + "." + body));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }
}
