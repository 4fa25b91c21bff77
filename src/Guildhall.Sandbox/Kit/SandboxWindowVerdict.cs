namespace Guildhall.Sandbox.Kit;

/// <summary>What a fixed window decided for one request, and the window's state afterwards.</summary>
/// <param name="Allowed">Whether the request may go on.</param>
/// <param name="Limit">The hits the window allows.</param>
/// <param name="Used">The hits counted in the window after this request.</param>
/// <param name="End">When the window ends, on the sandbox clock.</param>
internal readonly record struct SandboxWindowVerdict(bool Allowed, int Limit, int Used, DateTimeOffset End)
{
    /// <summary>The hits left in the window, never below zero.</summary>
    public int Remaining => Math.Max(0, Limit - Used);
}
