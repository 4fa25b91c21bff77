namespace Guildhall.Cli.Output;

/// <summary>Writes rows as a plain, aligned text table (no colours, so output can be piped).</summary>
internal static class TableWriter
{
    /// <summary>Writes a table with a header row.</summary>
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var materialized = rows.Select(row => row.Select(cell => cell ?? "").ToArray()).ToList();
        var widths = headers.Select((header, column) => Math.Max(header.Length, materialized.Count == 0 ? 0 : materialized.Max(row => column < row.Length ? row[column].Length : 0))).ToArray();
        output.WriteLine(Format(headers, widths));
        output.WriteLine(string.Join("  ", widths.Select(width => new string('-', width))));
        foreach (var row in materialized)
        {
            output.WriteLine(Format(row, widths));
        }
    }

    /// <summary>Writes name/value pairs, one per line, names aligned.</summary>
    public static void WritePairs(TextWriter output, IEnumerable<(string Name, string? Value)> pairs)
    {
        var list = pairs.ToList();
        var width = list.Count == 0 ? 0 : list.Max(pair => pair.Name.Length);
        foreach (var (name, value) in list)
        {
            output.WriteLine($"{name.PadRight(width)}  {value}");
        }
    }

    private static string Format(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, column) => column < widths.Length ? cell.PadRight(widths[column]) : cell)).TrimEnd();
}
