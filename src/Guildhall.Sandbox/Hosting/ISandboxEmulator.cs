using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Sandbox.Hosting;

/// <summary>
/// One emulated API. An emulator owns its path prefix (for example <c>/tatsu/v1</c>) and its admin routes under
/// <c>/_sandbox/{name}</c>, keeps its state in singletons it registers itself, and writes the wire format by hand.
/// </summary>
internal interface ISandboxEmulator
{
    /// <summary>The short name used in admin routes and in the credential list, for example <c>tatsu</c>.</summary>
    string Name { get; }

    /// <summary>Registers the emulator's state and helpers.</summary>
    void AddServices(IServiceCollection services, SandboxOptions options);

    /// <summary>Maps the emulated API and the emulator's admin routes.</summary>
    void MapRoutes(IEndpointRouteBuilder routes);

    /// <summary>The credentials the seeded state accepts.</summary>
    IEnumerable<SandboxCredential> Credentials { get; }
}
