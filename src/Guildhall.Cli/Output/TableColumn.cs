namespace Guildhall.Cli.Output;

/// <summary>
/// A column of a <see cref="TableWriter"/> table. A column named by a plain string keeps every cell whole (ids, numbers,
/// dates, addresses: what a reader copies or compares); a <see cref="Text"/> column holds prose that may be cut short,
/// with an ellipsis, when the table would not fit the terminal.
/// </summary>
/// <param name="Name">The heading.</param>
/// <param name="MayElide">Whether long cells may be cut to make the table fit.</param>
internal readonly record struct TableColumn(string Name, bool MayElide)
{
    /// <summary>A column whose cells are never cut.</summary>
    public static implicit operator TableColumn(string name) => new(name, MayElide: false);

    /// <summary>A column of prose (a title, a name, a message) that is cut with an ellipsis when the table is too wide.</summary>
    public static TableColumn Text(string name) => new(name, MayElide: true);
}
