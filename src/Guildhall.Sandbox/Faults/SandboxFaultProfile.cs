namespace Guildhall.Sandbox.Faults;

/// <summary>
/// A named mix of faults drawn per request from a seeded random source, so the same seed and the same requests give the
/// same faults. An outcome that starts a burst spoils the next requests too, before anything else is drawn.
/// </summary>
/// <param name="Name">The name the admin route and the command line take, for example <c>flaky</c>.</param>
/// <param name="Description">One sentence on what the profile does, for listings.</param>
/// <param name="Outcomes">What may happen to a request, tried in order against one draw.</param>
internal sealed record SandboxFaultProfile(string Name, string Description, IReadOnlyList<SandboxFaultOutcome> Outcomes);
