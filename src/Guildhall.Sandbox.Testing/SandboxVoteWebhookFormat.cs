namespace Guildhall.Sandbox.Testing;

/// <summary>Which of Top.gg's two vote webhook formats the sandbox sends.</summary>
public enum SandboxVoteWebhookFormat
{
    /// <summary>The legacy webhook: the secret as the <c>Authorization</c> header, an <c>upvote</c> body.</summary>
    Legacy,

    /// <summary>The V2 integration webhook: a <c>vote.create</c> event signed with the <c>whs_…</c> secret.</summary>
    V2,
}
