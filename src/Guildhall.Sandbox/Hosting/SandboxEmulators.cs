using Guildhall.Sandbox.Kit;

namespace Guildhall.Sandbox.Hosting;

/// <summary>The emulators every sandbox host serves, in the order their routes are mapped.</summary>
internal static class SandboxEmulators
{
    /// <summary>Creates a fresh set of emulators, so each host has its own state.</summary>
    public static IReadOnlyList<SandboxEmulator> CreateAll() =>
    [
        new Polympics.PolympicsEmulator(),
        new TopGg.TopGgEmulator(),
        new Tatsu.TatsuEmulator(),
        new Osu.OsuEmulator(),
    ];
}
