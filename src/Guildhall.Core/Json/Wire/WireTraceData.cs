namespace Guildhall.Core.Json.Wire;

/// <summary>
/// What a <see cref="WireTrace"/> remembers when there is anything to remember: which members were sent as
/// <see langword="null"/>, the inline date formats, and the kept JSON. Traces without kept JSON repeat from one model to
/// the next (every score of a page sends the same members as null and its dates in the same format), so those are
/// shared through a small cache instead of allocated per model.
/// </summary>
internal sealed record WireTraceData(ulong NullsLow, ulong NullsHigh, ulong Dates, WireMemory? Memory)
{
    // A power of two. The cache is lock-free: a slot holds one immutable instance, a miss replaces it, and a racing reader
    // sees the old instance or the new one, either of them valid; a collision costs only an allocation.
    private const int CacheSlots = 256;

    private static readonly WireTraceData?[] Shared = new WireTraceData?[CacheSlots];

    /// <summary>
    /// The data of a trace: <see langword="null"/> when there is nothing to remember, a new instance when there is kept
    /// JSON (it belongs to one model), else the shared instance for these nulls and dates.
    /// </summary>
    public static WireTraceData? For(ulong nullsLow, ulong nullsHigh, ulong dates, WireMemory? memory)
    {
        if (memory is not null)
        {
            return new WireTraceData(nullsLow, nullsHigh, dates, memory);
        }

        if ((nullsLow | nullsHigh | dates) == 0)
        {
            return null;
        }

        var slot = Slot(nullsLow, nullsHigh, dates);
        var cached = Volatile.Read(ref Shared[slot]);
        if (cached is not null && cached.NullsLow == nullsLow && cached.NullsHigh == nullsHigh && cached.Dates == dates)
        {
            return cached;
        }

        var created = new WireTraceData(nullsLow, nullsHigh, dates, null);
        Volatile.Write(ref Shared[slot], created);
        return created;
    }

    // Multiplicative hashing: the top bits of the mixed words pick the slot.
    private static int Slot(ulong nullsLow, ulong nullsHigh, ulong dates) =>
        (int)(((nullsLow * 0x9E3779B97F4A7C15UL) ^ (nullsHigh * 0xC2B2AE3D27D4EB4FUL) ^ (dates * 0x165667B19E3779F9UL)) >> 56);
}
