using Guildhall.Cli.Output;

namespace Guildhall.Cli.Tests;

/// <summary>The one table renderer every command prints through, at widths chosen by each test.</summary>
public sealed class TableWriterTests
{
    private const string Id = "1108398810645790727";

    [Fact]
    public void A_table_that_fits_keeps_every_cell_and_aligns_the_columns()
    {
        var lines = Table(80, ["id", TableColumn.Text("name")], [[Id, "Guildhall Sandbox"], ["7", "x"]]);

        Assert.Equal(["id                   name", "-------------------  -----------------", $"{Id}  Guildhall Sandbox", "7                    x"], lines);
    }

    [Fact]
    public void A_prose_column_is_cut_with_an_ellipsis_and_ids_stay_whole()
    {
        var title = "A very long beatmap title that would never fit beside the other columns [Extra]";

        var lines = Table(60, ["id", TableColumn.Text("title"), "plays"], [[Id, title, "1,234"], [Id, "Short", "5"]]);

        Assert.All(lines, line => Assert.True(TerminalColumns.Of(line) <= 60, line));
        Assert.StartsWith(Id + "  A very long", lines[2], StringComparison.Ordinal);
        Assert.Matches(@"…\s+1,234$", lines[2]);
        Assert.Equal(TerminalColumns.Of(lines[2]), TerminalColumns.Of(lines[1]));
        Assert.StartsWith(Id + "  Short ", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void The_widest_prose_column_is_cut_first()
    {
        var lines = Table(50, [TableColumn.Text("song"), TableColumn.Text("creator")], [[new string('s', 60), "Nova-reed"]]);

        Assert.Equal("Nova-reed", lines[2][^9..]);
        Assert.Equal(50, TerminalColumns.Of(lines[2]));
    }

    [Fact]
    public void Wide_characters_are_measured_in_terminal_columns()
    {
        var lines = Table(30, ["id", TableColumn.Text("name")], [["1", "東方Project 東方Project 東方Project"], ["2", "plain"]]);

        Assert.All(lines, line => Assert.True(TerminalColumns.Of(line) <= 30, $"{TerminalColumns.Of(line)}: {line}"));
        Assert.EndsWith("…", lines[2], StringComparison.Ordinal);
        Assert.Equal("2   plain", lines[3]);
    }

    [Fact]
    public void Rows_whose_whole_columns_cannot_fit_are_written_as_name_value_records()
    {
        var lines = Table(40, ["voted at", "user", "platform user"], [["2026-11-28 09:24:48Z", Id, Id], ["2026-11-28 09:25:00Z", "1", "2"]]);

        Assert.Equal(
        [
            "voted at       2026-11-28 09:24:48Z", $"user           {Id}", $"platform user  {Id}", "",
            "voted at       2026-11-28 09:25:00Z", "user           1", "platform user  2",
        ],
            lines);
    }

    [Fact]
    public void Line_breaks_inside_a_cell_do_not_break_the_row()
    {
        var lines = Table(80, ["id", TableColumn.Text("message")], [["1", "first line\r\nsecond\tline"]]);

        Assert.Equal("1   first line second line", lines[2]);
    }

    [Fact]
    public void Long_pair_values_wrap_under_the_value_column_and_an_address_too_long_for_it_gets_a_line_of_its_own()
    {
        var url = "https://top.gg/api/v1/widgets/small/social/discord/bot/" + Id;
        using var output = new StringWriter();

        TableWriter.WritePairs(output, [("short description", "The bot the Guildhall sandbox is built around: votes, stats and webhooks to test against."), ("v1-social", url), ("prefix", null)], 80);

        var lines = Lines(output);
        Assert.Equal(
        [
            "short description  The bot the Guildhall sandbox is built around: votes, stats",
            "                   and webhooks to test against.",
            "v1-social",
            "  " + url,
            "prefix",
        ],
            lines);
    }

    [Fact]
    public void A_word_longer_than_any_line_is_cut_with_an_ellipsis_where_it_stands()
    {
        var token = new string('t', 100);

        var beside = DisplayText.Wrap($"value {token} end", 40, "name  ", 6);
        var first = DisplayText.Wrap(token, 40, "invite  ", 8);

        Assert.Equal(["name  value", "      " + new string('t', 33) + "…", "      end"], beside);
        Assert.Equal(["invite  " + new string('t', 31) + "…"], first);
    }

    [Theory]
    [InlineData("120", true, 200, 120)]
    [InlineData(null, true, 200, 80)]
    [InlineData(null, false, 132, 132)]
    [InlineData(null, false, 0, 80)]
    [InlineData("wide", false, 100, 100)]
    [InlineData("5", true, 100, TerminalWidth.Minimum)]
    public void The_width_is_columns_else_the_terminal_else_80(string? columns, bool redirected, int window, int expected)
    {
        Assert.Equal(expected, TerminalWidth.Resolve(columns, redirected, () => window));
    }

    [Fact]
    public void Display_width_counts_wide_characters_twice_and_combining_marks_not_at_all()
    {
        Assert.Equal(4, DisplayText.Width("東方"));
        Assert.Equal(4, DisplayText.Width("cafe\u0301"));
        Assert.Equal(2, DisplayText.Width("🎵"));
        Assert.Equal("東…", DisplayText.Elide("東方Project", 4));
    }

    private static string[] Table(int width, IReadOnlyList<TableColumn> columns, string?[][] rows)
    {
        using var output = new StringWriter();
        TableWriter.Write(output, columns, rows, width);
        return Lines(output);
    }

    private static string[] Lines(StringWriter output) => output.ToString().Split(Environment.NewLine)[..^1];
}
