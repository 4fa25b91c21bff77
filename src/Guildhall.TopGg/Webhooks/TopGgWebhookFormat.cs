namespace Guildhall.TopGg.Webhooks;

/// <summary>How a Top.gg delivery proves where it comes from, which decides how its body is read.</summary>
public enum TopGgWebhookFormat
{
    /// <summary>Decide per request: a request carrying <c>x-topgg-signature</c> is V2, any other is legacy.</summary>
    Auto = 0,

    /// <summary>Legacy webhooks: <c>Authorization: &lt;secret&gt;</c> and a bare bot or server vote body.</summary>
    Legacy = 1,

    /// <summary>Webhooks V2: an HMAC-SHA256 signature in <c>x-topgg-signature</c> and a <c>{type, data}</c> envelope.</summary>
    V2 = 2,
}
