namespace Guildhall.Sandbox.Faults;

/// <summary>One thing a fault profile may do to a request, and how often.</summary>
/// <param name="Chance">The share of requests it starts on, from 0 to 1; the outcomes of a profile add up to at most 1.</param>
/// <param name="MinBurst">The fewest requests in a row it spoils once started.</param>
/// <param name="MaxBurst">The most requests in a row it spoils once started.</param>
/// <param name="Create">Makes the fault from the profile's seeded random source (for a delay's length, a status).</param>
internal sealed record SandboxFaultOutcome(double Chance, int MinBurst, int MaxBurst, Func<Random, SandboxFault> Create);
