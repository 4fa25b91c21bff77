using System.Buffers;
using System.Text;
using System.Text.Json;
using Guildhall.Cli.Output;

namespace Guildhall.Cli.Tests;

/// <summary>The printer's JSON line writer against <see cref="Utf8JsonWriter"/>, on generated values: the bytes must be the same.</summary>
public sealed class JsonLineWriterTests
{
    private const int Samples = 5_000;

    [Fact]
    public void Strings_are_escaped_exactly_as_Utf8JsonWriter_escapes_them()
    {
        var random = new Random(20261205);
        for (var sample = 0; sample < Samples; sample++)
        {
            var name = RandomText(random);
            var value = RandomText(random);

            var (ours, expected) = PlainAndNamed(name, value);
            Assert.True(expected.SequenceEqual(ours), $"different bytes for {Describe(name)} = {Describe(value)}");
        }
    }

    [Fact]
    public void Every_single_character_is_escaped_or_kept_as_Utf8JsonWriter_does()
    {
        var line = new JsonLineWriter();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            if (char.IsSurrogate((char)code))
            {
                continue;
            }

            var value = ((char)code).ToString();
            line.Reset();
            line.StartObject();
            line.String("c"u8, value);
            line.EndObject();

            var expected = Reference(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("c", value);
                writer.WriteEndObject();
            });
            Assert.True(expected.SequenceEqual(line.WrittenSpan.ToArray()), $"different bytes for U+{code:X4}");
        }
    }

    [Fact]
    public void Numbers_ids_booleans_and_dates_are_formatted_as_Utf8JsonWriter_formats_them()
    {
        var random = new Random(5);
        var line = new JsonLineWriter();
        for (var sample = 0; sample < Samples; sample++)
        {
            var id = (ulong)random.NextInt64() * (ulong)random.Next(1, 3) + (ulong)random.Next(2);
            var number = random.Next(int.MinValue, int.MaxValue);
            var flag = random.Next(2) == 1;
            var date = RandomDate(random);
            line.Reset();
            line.StartObject();
            line.Id("id"u8, id);
            line.Number("n"u8, number);
            line.Boolean("b"u8, flag);
            line.Date("at"u8, date);
            line.EndObject();

            var expected = Reference(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteNumber("n", number);
                writer.WriteBoolean("b", flag);
                writer.WriteString("at", date);
                writer.WriteEndObject();
            });
            Assert.True(expected.SequenceEqual(line.WrittenSpan.ToArray()), $"different bytes for {id}, {number}, {flag}, {date:O}");
        }
    }

    [Fact]
    public void Nested_objects_empty_objects_and_raw_values_are_separated_as_Utf8JsonWriter_separates_them()
    {
        using var data = JsonDocument.Parse("""{"a":[1,"caf\u00e9",{"b":null}],"c":"<x>"}""");
        var line = new JsonLineWriter();
        line.StartObject();
        line.StartObject("empty"u8);
        line.EndObject();
        line.StartObject("inner"u8);
        line.Boolean("t"u8, true);
        line.StartObject("deeper"u8);
        line.Number("n"u8, -1);
        line.EndObject();
        line.EndObject();
        line.Element("data"u8, data.RootElement);
        line.String("after"u8, "end");
        line.EndObject();

        var expected = Reference(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("empty");
            writer.WriteEndObject();
            writer.WriteStartObject("inner");
            writer.WriteBoolean("t", true);
            writer.WriteStartObject("deeper");
            writer.WriteNumber("n", -1);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WritePropertyName("data");
            data.RootElement.WriteTo(writer);
            writer.WriteString("after", "end");
            writer.WriteEndObject();
        });
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(line.WrittenSpan));
    }

    [Fact]
    public void Lines_longer_than_the_first_buffer_come_out_whole()
    {
        var plain = new string('x', 10_000);
        var escaped = string.Concat(Enumerable.Repeat("\u00e9\"", 3_000));

        var (ours, expected) = PlainAndNamed(escaped, plain);
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(ours));
    }

    /// <summary><paramref name="value"/> under a plain name and under <paramref name="name"/>: the line writer's bytes, and Utf8JsonWriter's.</summary>
    private static (byte[] Ours, byte[] Reference) PlainAndNamed(string name, string value)
    {
        var line = new JsonLineWriter();
        line.StartObject();
        line.String("plain"u8, value);
        line.String(name, value);
        line.EndObject();

        var expected = Reference(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("plain", value);
            writer.WriteString(name, value);
            writer.WriteEndObject();
        });
        return (line.WrittenSpan.ToArray(), expected);
    }

    private static byte[] Reference(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    // Mostly printable ASCII (the fast path), with quotes, backslashes, HTML characters, controls, non-ASCII letters and
    // surrogate pairs mixed in.
    private static string RandomText(Random random)
    {
        const string Special = "\"\\&'+<>`/\u007f\u0080\u00e9\u2028\u2029\ufeff\uffff";
        var text = new StringBuilder();
        var length = random.Next(0, 24);
        var plain = random.Next(3) == 0;
        for (var index = 0; index < length; index++)
        {
            switch (plain ? 0 : random.Next(6))
            {
                case 0:
                case 1:
                    text.Append((char)random.Next(0x20, 0x7F));
                    break;
                case 2:
                    text.Append(Special[random.Next(Special.Length)]);
                    break;
                case 3:
                    text.Append((char)random.Next(0, 0x20));
                    break;
                case 4:
                    text.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)));
                    break;
                default:
                    var bmp = (char)random.Next(0x80, 0xD800);
                    text.Append(bmp);
                    break;
            }
        }

        return text.ToString();
    }

    private static DateTimeOffset RandomDate(Random random)
    {
        var offset = TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60 + 1));
        var ticks = random.NextInt64(DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay);
        // A quarter of the dates on whole seconds or whole milliseconds, where the fraction is trimmed.
        ticks -= random.Next(4) switch
        {
            0 => ticks % TimeSpan.TicksPerSecond,
            1 => ticks % TimeSpan.TicksPerMillisecond,
            _ => 0,
        };
        return new DateTimeOffset(ticks, offset);
    }

    private static string Describe(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:X4}"));
}
