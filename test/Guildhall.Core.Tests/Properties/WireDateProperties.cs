using System.Globalization;
using System.Text;
using CsCheck;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Core.Tests.Properties;

/// <summary>
/// The strict ISO 8601 reader the generated model readers use first: any bytes are read or refused without throwing,
/// and a date it reads is written back in its own format to the same text.
/// </summary>
public sealed class WireDateProperties
{
    private static readonly Gen<string> IsoLike = Gen.Select(Gen.Int[0, 10000], Gen.Int[0, 13], Gen.Int[0, 32], Gen.Int[0, 24], Gen.Int[0, 60], Gen.Int[0, 60], Gen.Int[-1, 7], Gen.Int[-15, 15])
        .Select((year, month, day, hour, minute, second, digits, offset) =>
            $"{year:0000}-{month:00}-{day:00}T{hour:00}:{minute:00}:{second:00}"
            + (digits < 0 ? "" : "." + new string('5', digits + 1)[..Math.Max(1, digits)])
            + (offset == 0 ? "Z" : $"{(offset < 0 ? '-' : '+')}{Math.Abs(offset):00}:00"));

    /// <summary>The three shapes the fast path reads, over every field's range and a step past it.</summary>
    private static readonly Gen<string> CommonShapes = Gen.Select(Gen.Int[0, 10000], Gen.Int[0, 13], Gen.Int[0, 32], Gen.Int[0, 24], Gen.Int[0, 60], Gen.Int[0, 60], Gen.Int[0, 2])
        .Select((year, month, day, hour, minute, second, shape) =>
            $"{year:0000}-{month:00}-{day:00}" + shape switch
            {
                0 => "",
                1 => $"T{hour:00}:{minute:00}:{second:00}Z",
                _ => $"T{hour:00}:{minute:00}:{second:00}+00:00",
            });

    private static readonly string[] CommonFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss'+00:00'"];

    [Fact]
    public void The_common_shapes_read_as_the_framework_reads_them()
    {
        CommonShapes.Sample(text =>
        {
            var expected = DateTimeOffset.TryParseExact(text, CommonFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var framework);

            Assert.Equal(expected, WireDates.TryParseCommon(Encoding.UTF8.GetBytes(text), out var date, out var format));
            if (expected)
            {
                Assert.Equal(framework, date);
                Assert.Equal(TimeSpan.Zero, date.Offset);
                Assert.Equal(text, WireDates.Format(date, format));
            }
        });
    }

    [Fact]
    public void Any_bytes_are_read_or_refused_without_throwing()
    {
        Gen.OneOf(Gen.Byte.Array[0, 40], IsoLike.Select(Encoding.UTF8.GetBytes)).Sample(bytes =>
        {
            if (WireDates.TryParseStrict(bytes, out var date, out _))
            {
                Assert.InRange(date.UtcDateTime, DateTime.MinValue, DateTime.MaxValue);
            }
        });
    }

    [Fact]
    public void A_date_read_is_written_back_as_the_same_text()
    {
        IsoLike.Sample(text =>
        {
            if (WireDates.TryParseStrict(Encoding.UTF8.GetBytes(text), out var date, out var format))
            {
                Assert.Equal(text, WireDates.Format(date, format));
            }
        });
    }
}
