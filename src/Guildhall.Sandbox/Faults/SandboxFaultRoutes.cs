using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Kit;

namespace Guildhall.Sandbox.Faults;

/// <summary>
/// <c>/_sandbox/faults</c>: inject faults into any emulated API, to test how a client copes with a 500, an HTML page
/// from a CDN, a 429, a truncated body, a slow answer or a dropped connection.
/// <list type="bullet">
/// <item><c>POST /_sandbox/faults</c> with
/// <c>{path, method?, kind, status?, body?, content_type?, headers?, delay_ms?, times?, skip?}</c> (kind: <c>status</c>,
/// <c>html</c>, <c>truncated</c>, <c>no_content</c>, <c>delay</c>, <c>abort</c>; times defaults to 1; skip, default 0,
/// lets that many matching requests through first).</item>
/// <item><c>GET /_sandbox/faults</c> lists the faults still pending; <c>DELETE /_sandbox/faults</c> clears them.</item>
/// <item><c>PUT /_sandbox/faults/profile</c> with <c>{name, seed?, api?, path?, method?}</c> runs a fault profile
/// (<see cref="SandboxFaultProfiles"/>) on every API, on one (<c>api</c>: <c>topgg</c>, <c>osu</c>, <c>tatsu</c>,
/// <c>polympics</c>) or on one route (<c>path</c>, a prefix, and <c>method</c>); <c>GET</c> shows it and what it injected,
/// <c>DELETE</c> stops it. Queued faults go first.</item>
/// </list>
/// </summary>
internal static class SandboxFaultRoutes
{
    public static void Map(IEndpointRouteBuilder routes, IReadOnlyList<SandboxEmulator> emulators)
    {
        var group = routes.MapGroup("/_sandbox/faults");
        group.MapGet("", (SandboxFaults faults) => SandboxJson.Result(faults.Describe()));
        group.MapDelete("", (SandboxFaults faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        group.MapPost("", async (HttpRequest request, SandboxFaults faults) =>
        {
            var (json, unreadable) = await AdminRequestBody.ReadObjectAsync(request);
            var (fault, problem) = json is null ? (null, unreadable) : Read(json);
            if (fault is null)
            {
                return SandboxJson.Result(new JsonObject { ["message"] = problem }, StatusCodes.Status400BadRequest);
            }

            faults.Add(fault);
            return SandboxJson.Result(fault.ToJson(), StatusCodes.Status201Created);
        });
        group.MapGet("/profile", (SandboxFaultProfileState profile) => SandboxJson.Result(profile.Describe()));
        group.MapDelete("/profile", (SandboxFaultProfileState profile) =>
        {
            profile.Stop();
            return Results.NoContent();
        });
        group.MapPut("/profile", async (HttpRequest request, SandboxFaultProfileState profile) =>
        {
            var (json, unreadable) = await AdminRequestBody.ReadObjectAsync(request);
            var problem = json is null ? unreadable : StartProfile(json, profile, emulators);
            return problem is null ? SandboxJson.Result(profile.Describe()) : SandboxJson.Result(new JsonObject { ["message"] = problem }, StatusCodes.Status400BadRequest);
        });
    }

    /// <summary>Starts the profile a <c>PUT /_sandbox/faults/profile</c> body names, or says what is wrong with it.</summary>
    private static string? StartProfile(JsonObject json, SandboxFaultProfileState state, IReadOnlyList<SandboxEmulator> emulators)
    {
        try
        {
            if (!SandboxFaultProfiles.All.TryGetValue((string?)json["name"] ?? "", out var profile))
            {
                return $"\"name\" must be one of {string.Join(", ", SandboxFaultProfiles.All.Keys)}.";
            }

            var api = (string?)json["api"];
            var path = (string?)json["path"];
            var emulator = emulators.FirstOrDefault(candidate => candidate.Name == api);
            if ((api is not null && emulator is null) || (path is not null && !path.StartsWith('/')) || (api is not null && path is not null))
            {
                return $"Give \"api\" (one of {string.Join(", ", emulators.Select(candidate => candidate.Name))}) or \"path\" (a prefix starting with '/'), not both.";
            }

            state.Start(profile, (int?)json["seed"] ?? 0, emulator?.ApiPrefix ?? path ?? "/", (string?)json["method"]);
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            return $"The members must have the documented types: {exception.Message}";
        }
    }

    private static (SandboxFault? Fault, string? Problem) Read(JsonObject json)
    {
        try
        {
            return ReadMembers(json);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            // A member of the wrong JSON type, such as a string where a number belongs.
            return (null, $"The members must have the documented types: {exception.Message}");
        }
    }

    private static (SandboxFault? Fault, string? Problem) ReadMembers(JsonObject json)
    {
        var path = (string?)json["path"];
        if (string.IsNullOrEmpty(path) || !path.StartsWith('/'))
        {
            return (null, "\"path\" must be a path prefix starting with '/', for example /tatsu/v1/guilds.");
        }

        if (!SandboxFaultKindNames.TryParse((string?)json["kind"] ?? "status", out var kind))
        {
            return (null, $"\"kind\" must be one of {SandboxFaultKindNames.All}.");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (json["headers"] is JsonObject headerObject)
        {
            foreach (var (name, value) in headerObject)
            {
                headers[name] = value?.ToString() ?? "";
            }
        }

        var times = (int?)json["times"] ?? 1;
        var skip = (int?)json["skip"] ?? 0;
        var delay = (long?)json["delay_ms"] ?? 0;
        var status = (int?)json["status"] ?? (kind == SandboxFaultKind.Html ? 502 : 500);
        if (times < 1 || skip < 0 || delay < 0 || status is < 100 or > 599)
        {
            return (null, "\"times\" must be at least 1, \"skip\" and \"delay_ms\" not negative, and \"status\" a valid HTTP status.");
        }

        return (new SandboxFault(
            kind,
            path,
            (string?)json["method"],
            status,
            (string?)json["body"],
            (string?)json["content_type"] ?? "application/json",
            headers,
            TimeSpan.FromMilliseconds(delay),
            times,
            skip), null);
    }
}
