using System.Globalization;
using System.Text;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Core.Tests.Json.Wire;

/// <summary>Dates read in the strict ISO 8601 shapes are written back byte for byte; the value is never changed to fit a shape.</summary>
public sealed class WireDatesTests
{
    [Theory]
    [InlineData("2024-05-01T08:15:42+00:00")]
    [InlineData("2024-05-01T08:15:42Z")]
    [InlineData("2024-05-01T08:15:42.123456Z")]
    [InlineData("2024-05-01T08:15:42.1234567+02:00")]
    [InlineData("2024-05-01T08:15:42.000000Z")]
    [InlineData("2024-05-01T08:15:42-05:30")]
    [InlineData("2024-05-01")]
    [InlineData("2024-02-29T23:59:59Z")]
    public void A_strict_date_is_written_back_as_it_was_read(string text)
    {
        Assert.True(WireDates.TryParseStrict(Encoding.UTF8.GetBytes(text), out var value, out var format));

        Assert.Equal(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), value);
        Assert.Equal(text, WireDates.Format(value, format));
    }

    [Theory]
    [InlineData("2024-05-01 08:15:42")]
    [InlineData("2024-02-30T00:00:00Z")]
    [InlineData("2024-05-01T08:15:42")]
    [InlineData("2024-05-01T08:15:42.Z")]
    [InlineData("2024-05-01T24:00:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("")]
    public void Anything_else_is_left_to_the_tolerant_reader(string text)
    {
        Assert.False(WireDates.TryParseStrict(Encoding.UTF8.GetBytes(text), out _, out _));
    }

    [Fact]
    public void A_format_too_narrow_for_a_new_value_widens_instead_of_losing_it()
    {
        var secondsUtc = new WireDateFormat(0, Utc: true, DateOnly: false);
        var dateOnly = new WireDateFormat(0, Utc: false, DateOnly: true);
        var value = new DateTimeOffset(2024, 5, 1, 8, 15, 42, TimeSpan.FromHours(2)).AddTicks(5_000_000);

        Assert.Equal("2024-05-01T08:15:42.5+02:00", WireDates.Format(value, secondsUtc));
        Assert.Equal("2024-05-01T08:15:42.5+02:00", WireDates.Format(value, dateOnly));
        Assert.Equal("2024-05-01T06:15:42.5Z", WireDates.Format(value.ToUniversalTime(), secondsUtc));
    }

    [Fact]
    public void Date_formats_pack_inline_up_to_the_capacity()
    {
        ulong packed = 0;
        for (var index = 0; index < WireDateFormats.InlineCapacity; index++)
        {
            Assert.True(WireDateFormats.TryAdd(ref packed, index * 20, new WireDateFormat((byte)(index + 1), index % 2 == 0, false)));
        }

        Assert.False(WireDateFormats.TryAdd(ref packed, 125, new WireDateFormat(3, true, false)));
        for (var index = 0; index < WireDateFormats.InlineCapacity; index++)
        {
            Assert.True(WireDateFormats.TryFind(packed, index * 20, out var format));
            Assert.Equal(new WireDateFormat((byte)(index + 1), index % 2 == 0, false), format);
        }

        Assert.False(WireDateFormats.TryFind(packed, 7, out _));
    }
}
