using System.ComponentModel;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// What a model read from JSON remembers about how its members were sent, so that writing it back gives what was sent:
/// which members were <see langword="null"/>, the format of each date, and the JSON of each member whose value reads in
/// another shape (a number sent as a string, a flag sent as <c>1</c>, an enum name the model does not know).
/// </summary>
/// <remarks>Created only by the generated readers; a model built in code has none.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class WireMemory
{
    private ulong _nullsLow;
    private ulong _nullsHigh;
    private Entry[] _entries = [];
    private int _count;

    private WireMemory()
    {
    }

    /// <summary>Members a model can remember, at most.</summary>
    public const int MaxMembers = 128;

    /// <summary>Notes that member <paramref name="index"/> was sent as <see langword="null"/>.</summary>
    /// <param name="memory">The memory of the model being read, created on first use.</param>
    /// <param name="index">The member's index in its model.</param>
    public static void MarkNull(ref WireMemory? memory, int index)
    {
        memory ??= new WireMemory();
        if (index < 64)
        {
            memory._nullsLow |= 1UL << index;
        }
        else
        {
            memory._nullsHigh |= 1UL << (index - 64);
        }
    }

    /// <summary>Keeps the JSON member <paramref name="index"/> was sent as, with the value it read as.</summary>
    internal static void KeepRaw(ref WireMemory? memory, int index, byte[] raw, object? value) =>
        Add(ref memory, new Entry(index, default, raw, value));

    /// <summary>Keeps the format of the date member <paramref name="index"/> was sent in.</summary>
    internal static void KeepDateFormat(ref WireMemory? memory, int index, WireDateFormat format) =>
        Add(ref memory, new Entry(index, format, null, null));

    /// <summary>Whether member <paramref name="index"/> was sent as <see langword="null"/>.</summary>
    internal bool WasNull(int index) => index < 64 ? (_nullsLow & (1UL << index)) != 0 : (_nullsHigh & (1UL << (index - 64))) != 0;

    /// <summary>The JSON member <paramref name="index"/> was sent as, if it was kept, and the value it read as.</summary>
    internal bool TryGetRaw(int index, out byte[] raw, out object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_entries[i].Index == index && _entries[i].Raw is { } kept)
            {
                raw = kept;
                value = _entries[i].Value;
                return true;
            }
        }

        raw = [];
        value = null;
        return false;
    }

    /// <summary>The format date member <paramref name="index"/> was sent in (the default format when none was kept).</summary>
    internal WireDateFormat DateFormat(int index)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_entries[i].Index == index && _entries[i].Raw is null)
            {
                return _entries[i].DateFormat;
            }
        }

        return default;
    }

    private static void Add(ref WireMemory? memory, Entry entry)
    {
        memory ??= new WireMemory();
        if (memory._count == memory._entries.Length)
        {
            Array.Resize(ref memory._entries, Math.Max(4, memory._count * 2));
        }

        memory._entries[memory._count++] = entry;
    }

    private readonly record struct Entry(int Index, WireDateFormat DateFormat, byte[]? Raw, object? Value);
}
