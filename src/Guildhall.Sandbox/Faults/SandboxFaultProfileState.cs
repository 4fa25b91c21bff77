namespace Guildhall.Sandbox.Faults;

/// <summary>
/// The fault profile a host runs, if any: which, its seed, the requests it applies to, and what it injected so far.
/// Each matching request takes one draw from the seeded source, in arrival order, so a seed replays the same faults for
/// the same requests. Switching profiles (or seeds) starts the sequence afresh. Thread-safe.
/// </summary>
internal sealed class SandboxFaultProfileState
{
    private readonly Lock _sync = new();
    private readonly Dictionary<SandboxFaultKind, long> _injected = [];
    private SandboxFaultProfile? _profile;
    private Random _random = new(0);
    private int _seed;
    private string _pathPrefix = "/";
    private string? _method;
    private (SandboxFault Fault, int Left)? _burst;

    /// <summary>Runs <paramref name="profile"/> from now on for requests under <paramref name="pathPrefix"/>.</summary>
    public void Start(SandboxFaultProfile profile, int seed, string pathPrefix = "/", string? method = null)
    {
        lock (_sync)
        {
            (_profile, _seed, _pathPrefix, _method, _burst) = (profile, seed, pathPrefix, method, null);
            _random = new Random(seed);
            _injected.Clear();
        }
    }

    /// <summary>Turns the profile off.</summary>
    public void Stop()
    {
        lock (_sync)
        {
            (_profile, _burst) = (null, null);
        }
    }

    /// <summary>The fault the profile puts on this request, or null to let it through.</summary>
    public SandboxFault? TakeFor(string method, string pathAndQuery)
    {
        lock (_sync)
        {
            if (_profile is null || !pathAndQuery.StartsWith(_pathPrefix, StringComparison.OrdinalIgnoreCase)
                || (_method is not null && !string.Equals(_method, method, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var fault = _burst is { } burst ? Continue(burst) : Draw(_profile);
            if (fault is not null)
            {
                _injected[fault.Kind] = _injected.GetValueOrDefault(fault.Kind) + 1;
            }

            return fault;
        }
    }

    /// <summary>
    /// <c>{"name", "seed", "path", "method", "injected": {"total", "&lt;kind&gt;": n}, "profiles": [{name, description}]}</c>;
    /// <c>name</c> is null when no profile runs.
    /// </summary>
    public JsonObject Describe()
    {
        lock (_sync)
        {
            var injected = new JsonObject { ["total"] = _injected.Values.Sum() };
            foreach (var (kind, count) in _injected.OrderBy(entry => entry.Key))
            {
                injected[SandboxFaultKindNames.Name(kind)] = count;
            }

            return new JsonObject
            {
                ["name"] = _profile?.Name,
                ["seed"] = _seed,
                ["path"] = _pathPrefix,
                ["method"] = _method,
                ["injected"] = injected,
                ["profiles"] = new JsonArray([.. SandboxFaultProfiles.All.Values.Select(JsonNode (profile) =>
                    new JsonObject { ["name"] = profile.Name, ["description"] = profile.Description })]),
            };
        }
    }

    private SandboxFault Continue((SandboxFault Fault, int Left) burst)
    {
        _burst = burst.Left > 1 ? (burst.Fault, burst.Left - 1) : null;
        return burst.Fault;
    }

    private SandboxFault? Draw(SandboxFaultProfile profile)
    {
        var roll = _random.NextDouble();
        foreach (var outcome in profile.Outcomes)
        {
            if (roll < outcome.Chance)
            {
                var fault = outcome.Create(_random);
                var length = _random.Next(outcome.MinBurst, outcome.MaxBurst + 1);
                _burst = length > 1 ? (fault, length - 1) : null;
                return fault;
            }

            roll -= outcome.Chance;
        }

        return null;
    }
}
