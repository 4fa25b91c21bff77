using Guildhall.Cli.Output;

namespace Guildhall.Cli.Tests;

public sealed class TableCellsTests
{
    [Fact]
    public void Times_read_in_utc_whatever_their_offset()
    {
        var time = new DateTimeOffset(2026, 3, 11, 14, 5, 9, TimeSpan.FromHours(2));

        Assert.Equal("2026-03-11 12:05:09Z", TableCells.Time(time));
    }

    [Fact]
    public void Amounts_are_grouped_and_identifiers_and_integers_are_bare_digits()
    {
        Assert.Equal("1,234,567", TableCells.Number(1_234_567L));
        Assert.Equal("18,446,744,073,709,551,615", TableCells.Number(ulong.MaxValue));
        Assert.Equal("1234567", TableCells.Integer(1_234_567));
        Assert.Equal("172002275412279297", TableCells.Id(172002275412279297UL));
        Assert.Equal("-42", TableCells.Id(-42L));
    }

    [Fact]
    public void An_absent_amount_is_an_empty_cell()
    {
        Assert.Null(TableCells.Number(null));
    }
}
