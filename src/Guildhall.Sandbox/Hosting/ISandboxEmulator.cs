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

    /// <summary>The path prefixes the emulator answers under: its API's and its admin routes' (<c>/_sandbox/{name}</c>).</summary>
    IReadOnlyList<string> PathPrefixes { get; }

    /// <summary>
    /// The answer to a request under <see cref="PathPrefixes"/> whose body the host refused before any route read it
    /// (too large, a key or value over the limits, a form no reader accepts), in the error shape of the API or admin
    /// route the path belongs to.
    /// </summary>
    IResult RefuseBody(HttpRequest request, SandboxBodyRefusal refusal);
}
