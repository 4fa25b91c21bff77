using System.Globalization;
using System.Text;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Core.Tests.Json.Wire;

/// <summary>The short-number fast paths give exactly what the general parser gives, and decline what they cannot do exactly.</summary>
public sealed class WireNumbersTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("8.5")]
    [InlineData("4.72677")]
    [InlineData("318.442")]
    [InlineData("-12.345")]
    [InlineData("0.1")]
    [InlineData("0.30000000000000")]
    [InlineData("999999999999999")]
    [InlineData("1234567.89012345")]
    public void A_short_decimal_parses_to_the_same_double(string text)
    {
        Assert.True(WireNumbers.TryParseShortDecimal(Encoding.UTF8.GetBytes(text), out var value));

        Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Random_short_decimals_parse_to_the_same_double()
    {
        var random = new Random(15);
        for (var i = 0; i < 20_000; i++)
        {
            var digits = random.Next(1, 16);
            var text = random.NextInt64(0, (long)Math.Pow(10, digits)).ToString(CultureInfo.InvariantCulture);
            var point = random.Next(0, text.Length);
            var candidate = point == 0 ? text : text[..point] + "." + text[point..];

            Assert.True(WireNumbers.TryParseShortDecimal(Encoding.UTF8.GetBytes(candidate), out var value), candidate);
            Assert.Equal(double.Parse(candidate, CultureInfo.InvariantCulture), value);
        }
    }

    [Theory]
    [InlineData("0.9908045977011494")]
    [InlineData("1e5")]
    [InlineData("1.")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("1.2.3")]
    public void What_it_cannot_parse_exactly_is_left_to_the_general_parser(string text)
    {
        Assert.False(WireNumbers.TryParseShortDecimal(Encoding.UTF8.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("7")]
    [InlineData("-2147483648")]
    [InlineData("4294967296")]
    [InlineData("999999999999999999")]
    [InlineData("-999999999999999999")]
    public void A_short_integer_parses_to_the_same_long(string text)
    {
        Assert.True(WireNumbers.TryParseShortInteger(Encoding.UTF8.GetBytes(text), out var value));

        Assert.Equal(long.Parse(text, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1000000000000000000")]
    [InlineData("9223372036854775807")]
    [InlineData("1.5")]
    [InlineData("1e5")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("12a")]
    public void An_integer_it_cannot_parse_exactly_is_left_to_the_general_parser(string text)
    {
        Assert.False(WireNumbers.TryParseShortInteger(Encoding.UTF8.GetBytes(text), out _));
    }
}
