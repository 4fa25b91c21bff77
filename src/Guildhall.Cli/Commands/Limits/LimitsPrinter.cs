using System.Globalization;
using Guildhall.Cli.Output;

namespace Guildhall.Cli.Commands.Limits;

/// <summary>Prints a <see cref="LimitsReport"/> as a heading and a table, one row per bucket.</summary>
internal static class LimitsPrinter
{
    public static void Write(TextWriter output, LimitsReport report)
    {
        if (report.Buckets.Count == 0)
        {
            DisplayText.WriteWrapped(output, $"{report.Api}: no client-side rate limits; the client keeps no budget for this API.", TerminalWidth.Current);
            return;
        }

        DisplayText.WriteWrapped(output, $"{report.Api}: {report.Credential} (budget in {report.Store})", TerminalWidth.Current);

        TableWriter.Write(
            output,
            ["bucket", "limit", "used", "left", "next slot", "blocked", TableColumn.Text("counts")],
            report.Buckets.Select(bucket => (IReadOnlyList<string?>)
            [
                bucket.Name,
                string.Create(CultureInfo.InvariantCulture, $"{bucket.Limit} / {Window(bucket.WindowSeconds)}"),
                bucket.Used.ToString(CultureInfo.InvariantCulture),
                bucket.Remaining.ToString(CultureInfo.InvariantCulture),
                bucket.NextSlotAt is { } next ? Time(next) : "now",
                bucket.BlockedUntil is { } blocked ? Time(blocked) : "-",
                bucket.Counts,
            ]));
    }

    private static string Window(double seconds) => TimeSpan.FromSeconds(seconds) switch
    {
        { TotalHours: >= 1 } span when span.TotalHours % 1 == 0 => string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours} h"),
        { TotalMinutes: >= 1 } span when span.TotalMinutes % 1 == 0 => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds} s"),
    };

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
