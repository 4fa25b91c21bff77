namespace Guildhall.Sandbox.Testing;

/// <summary>How a vote webhook delivery ended.</summary>
/// <param name="Status">The delivery's final status: <c>delivered</c>, or why it gave up (for example <c>failed</c>).</param>
/// <param name="StatusCodes">The status the bot's endpoint answered each attempt, in order; null for an attempt that got no answer.</param>
public sealed record SandboxWebhookDelivery(string Status, IReadOnlyList<int?> StatusCodes)
{
    /// <summary>Whether the bot's endpoint accepted the vote.</summary>
    public bool Delivered => Status == "delivered";
}
