using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using Guildhall.Core.Json;

namespace Guildhall.Core.Tests.Properties;

/// <summary>
/// Snowflakes and dates as every API sends them: each converter reads back what it writes, and no JSON value, however
/// hostile, makes it throw anything but <see cref="JsonException"/>.
/// </summary>
public sealed class ScalarConverterProperties
{
    private static readonly JsonSerializerOptions Snowflakes = new() { Converters = { new SnowflakeConverter() } };
    private static readonly JsonSerializerOptions Dates = new() { Converters = { new FlexibleDateTimeOffsetConverter() } };
    private static readonly JsonSerializerOptions UnixSeconds = new() { Converters = { new UnixSecondsConverter() } };

    /// <summary>JSON scalars: numbers of every size and sign (1e300 included), strings, booleans, null.</summary>
    private static readonly Gen<string> AnyScalar = Gen.OneOf(
        Gen.Double.Where(double.IsFinite).Select(number => number.ToString("R", CultureInfo.InvariantCulture)),
        Gen.Long.Select(number => number.ToString(CultureInfo.InvariantCulture)),
        Gen.ULong.Select(number => number.ToString(CultureInfo.InvariantCulture)),
        Gen.String.Select(text => JsonSerializer.Serialize(text)),
        Gen.OneOf(Gen.Const("true"), Gen.Const("false"), Gen.Const("null"), Gen.Const("\"\""), Gen.Const("\"0000-00-00 00:00:00\"")));

    [Fact]
    public void A_snowflake_reads_back_as_written_and_from_a_bare_number()
    {
        Gen.ULong.Sample(id =>
        {
            var written = JsonSerializer.Serialize(id, Snowflakes);
            Assert.Equal(id, JsonSerializer.Deserialize<ulong>(written, Snowflakes));
            Assert.Equal(id, JsonSerializer.Deserialize<ulong>(id.ToString(CultureInfo.InvariantCulture), Snowflakes));
        });
    }

    [Fact]
    public void A_date_reads_back_as_written_to_the_tick_and_offset()
    {
        DateInRange.Sample(date =>
        {
            var read = JsonSerializer.Deserialize<DateTimeOffset>(JsonSerializer.Serialize(date, Dates), Dates);
            Assert.Equal((date.Ticks, date.Offset), (read.Ticks, read.Offset));
        });
    }

    [Fact]
    public void Unix_seconds_read_back_as_written()
    {
        DateInRange.Select(date => DateTimeOffset.FromUnixTimeSeconds(date.ToUnixTimeSeconds())).Sample(date =>
            Assert.Equal(date, JsonSerializer.Deserialize<DateTimeOffset>(JsonSerializer.Serialize(date, UnixSeconds), UnixSeconds)));
    }

    [Fact]
    public void No_scalar_makes_a_converter_throw_anything_but_a_json_exception()
    {
        AnyScalar.Sample(json =>
        {
            OnlyJsonException(() => JsonSerializer.Deserialize<ulong>(json, Snowflakes));
            OnlyJsonException(() => JsonSerializer.Deserialize<ulong?>(json, Snowflakes));
            OnlyJsonException(() => JsonSerializer.Deserialize<DateTimeOffset>(json, Dates));
            OnlyJsonException(() => JsonSerializer.Deserialize<DateTimeOffset>(json, UnixSeconds));
        });
    }

    [Theory]
    [InlineData("1e300")]
    [InlineData("-1e300")]
    [InlineData("253402300800")]
    public void Dates_in_unix_seconds_past_the_year_9999_are_json_errors(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DateTimeOffset>(json, Dates));

    [Theory]
    [InlineData("253402300800")]
    [InlineData("-62135596801")]
    [InlineData("\"99999999999999\"")]
    public void Unix_seconds_past_the_year_9999_are_json_errors(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DateTimeOffset>(json, UnixSeconds));

    private static Gen<DateTimeOffset> DateInRange =>
        Gen.Select(Gen.Long[DateTimeOffset.MinValue.AddDays(1).Ticks, DateTimeOffset.MaxValue.AddDays(-1).Ticks], Gen.Int[-14 * 60, 14 * 60])
            .Select((ticks, minutes) => new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(minutes)));

    private static void OnlyJsonException(Action read)
    {
        try
        {
            read();
        }
        catch (JsonException)
        {
            // The one documented failure of a converter.
        }
    }

    [Fact]
    public void Any_utf8_bytes_as_a_string_value_fail_only_with_a_json_exception()
    {
        Gen.Byte.Array[0, 64].Sample(bytes =>
        {
            var json = "\"" + Encoding.UTF8.GetString(bytes).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
            OnlyJsonException(() => JsonSerializer.Deserialize<DateTimeOffset>(json, Dates));
            OnlyJsonException(() => JsonSerializer.Deserialize<ulong>(json, Snowflakes));
        });
    }
}
