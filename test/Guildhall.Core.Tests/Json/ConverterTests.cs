using System.Text.Json;

namespace Guildhall.Core.Tests.Json;

public sealed class ConverterTests
{
    private static Converted Read(string json) => JsonSerializer.Deserialize(json, ConverterJsonContext.Default.Converted)!;

    [Theory]
    [InlineData("\"264811613708746752\"")]
    [InlineData("264811613708746752")]
    public void Snowflakes_read_from_strings_and_numbers(string id) =>
        Assert.Equal(264811613708746752UL, Read($$"""{"id":{{id}},"date":"2018-04-21T21:17:57.793Z","t":0}""").Id);

    [Fact]
    public void Snowflakes_are_written_as_strings()
    {
        var json = JsonSerializer.Serialize(new Converted { Id = 18446744073709551615UL }, ConverterJsonContext.Default.Converted);

        Assert.Contains("\"id\":\"18446744073709551615\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void Absent_optional_values_read_as_null(string empty)
    {
        var model = Read($$"""{"id":"1","owner":{{empty}},"invite":{{empty}},"renewal":{{empty}},"owners":null,"date":"2020-01-01T00:00:00Z","t":0}""");

        Assert.Null(model.Owner);
        Assert.Null(model.Invite);
        Assert.Null(model.Renewal);
        Assert.Empty(model.Owners);
    }

    [Theory]
    [InlineData("2026-02-09T00:47:14.2510149+00:00", 2510149)]
    [InlineData("2026-02-09T00:47:14.34732Z", 3473200)]
    [InlineData("2026-02-09T00:47:14Z", 0)]
    [InlineData("2026-02-09T02:47:14.1+02:00", 1000000)]
    public void Dates_tolerate_fraction_lengths_and_offsets(string text, int ticksIntoSecond)
    {
        var date = Read($$"""{"id":"1","date":"{{text}}","t":0}""").Date;

        Assert.Equal(new DateTimeOffset(2026, 2, 9, 0, 47, 14, TimeSpan.Zero).AddTicks(ticksIntoSecond), date.ToUniversalTime());
    }

    [Theory]
    [InlineData("\"0000-00-00T00:00:00Z\"")]
    [InlineData("\"0001-01-01T00:00:00+00:00\"")]
    public void Year_zero_renewal_dates_read_as_null(string value) =>
        Assert.Null(Read($$"""{"id":"1","renewal":{{value}},"date":"2020-01-01T00:00:00Z","t":0}""").Renewal);

    [Fact]
    public void Unix_seconds_read_from_numbers_and_strings()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764158400), Read("""{"id":"1","date":"2020-01-01T00:00:00Z","t":1764158400}""").Timestamp);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764158400), Read("""{"id":"1","date":"2020-01-01T00:00:00Z","t":"1764158400"}""").Timestamp);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("true", true)]
    [InlineData("\"1\"", true)]
    public void Booleans_read_from_numbers_and_strings(string value, bool expected) =>
        Assert.Equal(expected, Read($$"""{"id":"1","date":"2020-01-01T00:00:00Z","t":0,"voted":{{value}}}""").Voted);

    [Theory]
    [InlineData("\"premium_monthly\"", Plan.PremiumMonthly)]
    [InlineData("\"PREMIUM_MONTHLY\"", Plan.PremiumMonthly)]
    [InlineData("\"Free\"", Plan.Free)]
    [InlineData("\"premium_lifetime_added_later\"", Plan.Unknown)]
    [InlineData("2", Plan.Free)]
    [InlineData("99", Plan.Unknown)]
    public void Enums_tolerate_unknown_values(string value, Plan expected) =>
        Assert.Equal(expected, Read($$"""{"id":"1","date":"2020-01-01T00:00:00Z","t":0,"plan":{{value}}}""").Plan);

    [Fact]
    public void Enums_write_their_wire_name()
    {
        var json = JsonSerializer.Serialize(new Converted { Plan = Plan.PremiumMonthly }, ConverterJsonContext.Default.Converted);

        Assert.Contains("\"plan\":\"premium_monthly\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("-5")]
    [InlineData("{}")]
    public void Malformed_snowflakes_fail_with_a_json_exception(string value) =>
        Assert.Throws<JsonException>(() => Read($$"""{"id":{{value}},"date":"2020-01-01T00:00:00Z","t":0}"""));

    [Fact]
    public void Malformed_dates_fail_with_a_json_exception() =>
        Assert.Throws<JsonException>(() => Read("""{"id":"1","date":"yesterday","t":0}"""));
}
