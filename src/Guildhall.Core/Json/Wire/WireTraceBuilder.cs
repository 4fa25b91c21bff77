using System.ComponentModel;

namespace Guildhall.Core.Json.Wire;

/// <summary>Collects a <see cref="WireTrace"/> while a generated reader reads one model.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct WireTraceBuilder
{
    private ulong _nullsLow;
    private ulong _nullsHigh;
    private ulong _dates;
    private WireMemory? _memory;

    /// <summary>The trace collected.</summary>
    public readonly WireTrace Build() => new(_nullsLow, _nullsHigh, _dates, _memory);

    /// <summary>Notes that member <paramref name="index"/> was sent as <see langword="null"/>.</summary>
    /// <param name="index">The member's index in its model.</param>
    public void MarkNull(int index)
    {
        if (index < 64)
        {
            _nullsLow |= 1UL << index;
        }
        else
        {
            _nullsHigh |= 1UL << (index - 64);
        }
    }

    /// <summary>Keeps the format of the date member <paramref name="index"/> was sent in.</summary>
    internal void KeepDateFormat(int index, WireDateFormat format)
    {
        if (!WireDateFormats.TryAdd(ref _dates, index, format))
        {
            (_memory ??= new WireMemory()).Add(index, format, null, null);
        }
    }

    /// <summary>Keeps the JSON member <paramref name="index"/> was sent as, with the value it read as.</summary>
    internal void KeepRaw(int index, byte[] raw, object? value) => (_memory ??= new WireMemory()).Add(index, default, raw, value);
}
