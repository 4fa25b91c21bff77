namespace Guildhall.Cli.Output;

/// <summary>
/// Remembers the console writer the process started with, so a command that prints a great many lines can write UTF-8
/// bytes straight to the standard output stream instead of decoding them for <see cref="Console.Out"/>, which would
/// encode them again. Only while <see cref="Console.Out"/> is still that writer: a host that has redirected it (the
/// in-process tests, an embedding application) gets its lines through the writer it installed.
/// </summary>
internal static class ProcessStandardOutput
{
    private static TextWriter? s_claimed;

    /// <summary>Called once by the program's entry point, before anything can replace <see cref="Console.Out"/>.</summary>
    public static void Claim() => s_claimed = Console.Out;

    /// <summary>
    /// A line writer on the raw standard output stream when <see cref="Console.Out"/> is the process's own writer, else
    /// one on <see cref="Console.Out"/>.
    /// </summary>
    public static BatchedLineWriter OpenLineWriter() =>
        s_claimed is not null && ReferenceEquals(s_claimed, Console.Out)
            ? new BatchedLineWriter(Console.OpenStandardOutput())
            : new BatchedLineWriter(Console.Out);
}
