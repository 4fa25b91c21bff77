namespace Guildhall.Sandbox.TopGg.State;

/// <summary>The two webhook generations Top.gg delivers.</summary>
internal enum TopGgDeliveryFormat
{
    /// <summary>v0 webhooks: a flat body and <c>Authorization: &lt;secret&gt;</c>; up to 10 retries.</summary>
    Legacy,

    /// <summary>Webhooks V2: a <c>{type,data}</c> envelope signed with HMAC-SHA256; up to 3 retries.</summary>
    V2,
}
