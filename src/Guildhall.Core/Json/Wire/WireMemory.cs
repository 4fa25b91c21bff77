namespace Guildhall.Core.Json.Wire;

/// <summary>
/// The part of a <see cref="WireTrace"/> that does not fit inline: the JSON of members whose value reads in another
/// shape than it was sent in, and date formats beyond the inline ones. Most models read from JSON have none.
/// </summary>
internal sealed class WireMemory
{
    private Entry[] _entries = new Entry[2];
    private int _count;

    public void Add(int index, WireDateFormat format, byte[]? raw, object? value)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count * 2);
        }

        _entries[_count++] = new Entry(index, format, raw, value);
    }

    /// <summary>The JSON member <paramref name="index"/> was sent as, if it was kept, and the value it read as.</summary>
    public bool TryGetRaw(int index, out byte[] raw, out object? value)
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

    /// <summary>The format date member <paramref name="index"/> was sent in, if it was kept here.</summary>
    public WireDateFormat? DateFormat(int index)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_entries[i].Index == index && _entries[i].Raw is null)
            {
                return _entries[i].DateFormat;
            }
        }

        return null;
    }

    private readonly record struct Entry(int Index, WireDateFormat DateFormat, byte[]? Raw, object? Value);
}
