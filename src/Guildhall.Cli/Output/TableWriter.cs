namespace Guildhall.Cli.Output;

/// <summary>
/// Writes rows as a plain, aligned text table (no colours, so output can be piped) that fits the terminal
/// (<see cref="TerminalWidth"/>). Widths are display columns, so wide characters line up. When the rows are too wide,
/// the <see cref="TableColumn.Text"/> columns are cut (longest first, with an ellipsis); when even that cannot make
/// room, each row is written as name/value lines instead, so ids, numbers and dates are never cut.
/// </summary>
internal static class TableWriter
{
    private const string Gap = "  ";

    // A prose column is never cut narrower than this (or its heading): a shorter stub tells the reader nothing.
    private const int NarrowestProse = 12;

    /// <summary>Writes a table with a header row, as wide as the terminal allows.</summary>
    public static void Write(TextWriter output, IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string?>> rows) =>
        Write(output, columns, rows, TerminalWidth.Current);

    /// <summary>Writes a table with a header row in at most <paramref name="width"/> columns.</summary>
    public static void Write(TextWriter output, IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string?>> rows, int width)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        var cells = rows.Select(row => columns.Select((_, column) => DisplayText.OneLine(column < row.Count ? row[column] : null)).ToArray()).ToList();
        var natural = columns.Select((header, column) => cells.Aggregate(DisplayText.Width(header.Name), (widest, row) => Math.Max(widest, DisplayText.Width(row[column])))).ToArray();
        if (Fit(columns, natural, width) is not { } widths)
        {
            WriteRecords(output, columns, cells, width);
            return;
        }

        output.WriteLine(Format(columns.Select(column => column.Name).ToArray(), widths));
        output.WriteLine(string.Join(Gap, widths.Select(columnWidth => new string('-', columnWidth))));
        foreach (var row in cells)
        {
            output.WriteLine(Format(row, widths));
        }
    }

    /// <summary>Writes name/value pairs, one per line, names aligned, long values wrapped under the first.</summary>
    public static void WritePairs(TextWriter output, IEnumerable<(string Name, string? Value)> pairs) => WritePairs(output, pairs, TerminalWidth.Current);

    /// <summary>Writes name/value pairs in at most <paramref name="width"/> columns.</summary>
    public static void WritePairs(TextWriter output, IEnumerable<(string Name, string? Value)> pairs, int width)
    {
        ArgumentNullException.ThrowIfNull(output);
        var list = pairs.ToList();
        var nameWidth = list.Count == 0 ? 0 : list.Max(pair => DisplayText.Width(pair.Name));
        foreach (var (name, value) in list)
        {
            foreach (var line in DisplayText.Wrap(value ?? "", width, DisplayText.PadRight(name, nameWidth) + Gap, nameWidth + Gap.Length))
            {
                output.WriteLine(line);
            }
        }
    }

    /// <summary>
    /// The width of each column: the natural ones when they fit; else the prose columns share what the others leave,
    /// the widest cut first; <see langword="null"/> when the whole columns alone leave too little room.
    /// </summary>
    private static int[]? Fit(IReadOnlyList<TableColumn> columns, int[] natural, int width)
    {
        var gaps = Gap.Length * Math.Max(0, columns.Count - 1);
        if (natural.Sum() + gaps <= width)
        {
            return natural;
        }

        var prose = Enumerable.Range(0, columns.Count).Where(column => columns[column].MayElide).ToArray();
        var room = width - gaps - Enumerable.Range(0, columns.Count).Where(column => !columns[column].MayElide).Sum(column => natural[column]);
        var floors = prose.ToDictionary(column => column, column => Math.Min(natural[column], Math.Max(DisplayText.Width(columns[column].Name), NarrowestProse)));
        if (prose.Length == 0 || floors.Values.Sum() > room)
        {
            return null;
        }

        // The widest cap under which the prose columns fit: narrow columns keep their width, wide ones are cut to it.
        var cap = prose.Max(column => natural[column]);
        while (prose.Sum(column => Math.Max(floors[column], Math.Min(natural[column], cap))) > room)
        {
            cap--;
        }

        return [.. natural.Select((naturalWidth, column) => columns[column].MayElide ? Math.Max(floors[column], Math.Min(naturalWidth, cap)) : naturalWidth)];
    }

    private static void WriteRecords(TextWriter output, IReadOnlyList<TableColumn> columns, List<string[]> cells, int width)
    {
        for (var row = 0; row < cells.Count; row++)
        {
            if (row > 0)
            {
                output.WriteLine();
            }

            WritePairs(output, columns.Select((column, index) => (column.Name, (string?)cells[row][index])), width);
        }
    }

    private static string Format(IReadOnlyList<string> cells, int[] widths) =>
        string.Join(Gap, cells.Select((cell, column) => DisplayText.PadRight(DisplayText.Elide(cell, widths[column]), widths[column]))).TrimEnd();
}
