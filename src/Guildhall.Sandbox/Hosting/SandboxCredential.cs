namespace Guildhall.Sandbox.Hosting;

/// <summary>A credential the sandbox accepts out of the box, printed by <c>guildhall sandbox</c> and listed in the README.</summary>
/// <param name="Api">The emulated API, for example <c>topgg</c>.</param>
/// <param name="Name">What the credential is, for example <c>bot token</c>.</param>
/// <param name="Value">The value to pass to a client.</param>
/// <param name="Description">What the credential may do.</param>
public sealed record SandboxCredential(string Api, string Name, string Value, string Description);
