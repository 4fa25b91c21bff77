using System.Text;

namespace Guildhall.Fuzz;

/// <summary>
/// Splits an input into the parts a harness needs: leading selector bytes (which pick a mode or a table entry, so the
/// fuzzer can reach every branch by mutating one byte) and header lines before the body.
/// </summary>
internal ref struct FuzzInput(ReadOnlySpan<byte> remaining)
{
    private ReadOnlySpan<byte> _remaining = remaining;

    /// <summary>The bytes not taken yet.</summary>
    public readonly ReadOnlySpan<byte> Rest => _remaining;

    /// <summary>Takes one byte as an index into a table of <paramref name="count"/> entries (0 when the input is empty).</summary>
    public int TakeChoice(int count)
    {
        if (_remaining.IsEmpty)
        {
            return 0;
        }

        var choice = _remaining[0] % count;
        _remaining = _remaining[1..];
        return choice;
    }

    /// <summary>Takes everything up to the first line feed as text; <see langword="null"/> when that line is empty.</summary>
    public string? TakeLine()
    {
        var end = _remaining.IndexOf((byte)'\n');
        var line = end < 0 ? _remaining : _remaining[..end];
        _remaining = end < 0 ? [] : _remaining[(end + 1)..];
        return line.IsEmpty ? null : Encoding.UTF8.GetString(line);
    }
}
