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

    [Theory]
    [InlineData("2024-05-01", 2024, 5, 1, 0, 0, 0)]
    [InlineData("2024-02-29T23:59:59Z", 2024, 2, 29, 23, 59, 59)]
    [InlineData("2000-02-29T00:00:00+00:00", 2000, 2, 29, 0, 0, 0)]
    [InlineData("9999-12-31T23:59:59Z", 9999, 12, 31, 23, 59, 59)]
    [InlineData("0001-01-01", 1, 1, 1, 0, 0, 0)]
    public void The_common_shapes_take_the_fast_path_to_the_same_value(string text, int year, int month, int day, int hour, int minute, int second)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.True(WireDates.TryParseCommon(bytes, out var fast, out var fastFormat));
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero), fast);
        Assert.True(WireDates.TryParseStrict(bytes, out var strict, out var strictFormat));
        Assert.Equal((strict, strictFormat), (fast, fastFormat));
        Assert.Equal(text, WireDates.Format(fast, fastFormat));
    }

    [Theory]
    [InlineData("1900-02-29")]
    [InlineData("2023-02-29T00:00:00Z")]
    [InlineData("2024-04-31")]
    [InlineData("2024-13-01")]
    [InlineData("0000-01-01")]
    [InlineData("2024-05-01T08:15:42+02:00")]
    [InlineData("2024-05-01T08:15:42.5Z")]
    [InlineData("2024-05-01T08:15:60Z")]
    [InlineData("2024-05-01t08:15:42Z")]
    [InlineData("2024-0a-01")]
    [InlineData("2024/05/01")]
    public void Other_shapes_and_impossible_dates_are_left_to_the_general_path(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.False(WireDates.TryParseCommon(bytes, out _, out _));
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
