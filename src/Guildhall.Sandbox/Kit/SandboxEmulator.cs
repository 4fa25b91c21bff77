namespace Guildhall.Sandbox.Kit;

/// <summary>
/// One emulated API, on the kit every emulator shares. The host runs the same request path in front of each: the body
/// guard, the request log (<see cref="SandboxRequestRecorder"/>), the fault gate (queued faults, then the fault
/// profile), and the emulator's own routes, which authenticate and limit with the kit's windows
/// (<see cref="SandboxFixedWindows"/>, <see cref="SandboxSlidingWindow"/>) in the order their API does. An emulator
/// adds only its wire format, its data and its rules: its API routes under <see cref="ApiPrefix"/> and its own admin
/// routes under <see cref="AdminPrefix"/>, beside the kit's (<see cref="SandboxEmulatorAdminRoutes"/>).
/// </summary>
/// <param name="name">The short name used in admin routes, counters and the credential list, for example <c>tatsu</c>.</param>
/// <param name="apiPrefix">The prefix the emulated API is served under, for example <c>/tatsu/v1</c>.</param>
/// <param name="faultDialect">How the emulator's <c>/_sandbox/{name}/faults</c> routes read a fault and answer.</param>
internal abstract class SandboxEmulator(string name, string apiPrefix, SandboxFaultDialect faultDialect)
{
    /// <summary>The short name used in admin routes, counters and the credential list, for example <c>tatsu</c>.</summary>
    public string Name => name;

    /// <summary>The prefix the emulated API is served under, for example <c>/tatsu/v1</c>.</summary>
    public string ApiPrefix => apiPrefix;

    /// <summary>The credentials the seeded state accepts.</summary>
    public abstract IEnumerable<SandboxCredential> Credentials { get; }

    /// <summary>Where the emulator's admin routes live: <c>/_sandbox/{name}</c>.</summary>
    public string AdminPrefix => "/_sandbox/" + Name;

    /// <summary>The path prefixes the emulator answers under: its API's and its admin routes'.</summary>
    public IReadOnlyList<string> PathPrefixes => [ApiPrefix, AdminPrefix];

    /// <summary>Registers the emulator's state and helpers.</summary>
    public abstract void AddServices(IServiceCollection services, SandboxOptions options);

    /// <summary>
    /// The answer to a request under <see cref="PathPrefixes"/> whose body the host refused before any route read it
    /// (too large, a key or value over the limits, a form no reader accepts), in the error shape of the API or admin
    /// route the path belongs to.
    /// </summary>
    public abstract IResult RefuseBody(HttpRequest request, SandboxBodyRefusal refusal);

    /// <summary>Maps the emulated API, the kit's admin routes and the emulator's own.</summary>
    public void MapRoutes(IEndpointRouteBuilder routes)
    {
        MapApi(routes);
        var admin = routes.MapGroup(AdminPrefix);
        SandboxEmulatorAdminRoutes.Map(admin, Name, ApiPrefix, faultDialect);
        MapAdmin(admin);
    }

    /// <summary>Maps the emulated API's routes (under <see cref="ApiPrefix"/>).</summary>
    protected abstract void MapApi(IEndpointRouteBuilder routes);

    /// <summary>Maps the emulator's own admin routes on the group at <see cref="AdminPrefix"/>.</summary>
    protected abstract void MapAdmin(IEndpointRouteBuilder admin);
}
