using System.Text;
using System.Text.Json;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Core.Tests.Json.Wire;

/// <summary>The string fast paths give exactly the string the reader gives, escaped or not, ASCII or not.</summary>
public sealed class WireStringsTests
{
    [Theory]
    [InlineData(@"""""")]
    [InlineData(@"""plain ascii""")]
    [InlineData(@"""https:\/\/assets.ppy.sh\/beatmaps\/1096383\/covers\/cover@2x.jpg?1650692514""")]
    [InlineData(@"""\/""")]
    [InlineData(@"""\/\/leading and trailing\/""")]
    [InlineData(@"""a \/ then a quote \"" and a backslash \\""")]
    [InlineData(@"""\u30c9\u30fc\/ unicode escapes beside a slash""")]
    [InlineData(@"""tab\tnew line\n\/""")]
    [InlineData("\"caf\u00e9 \\/ not ASCII\"")]
    [InlineData("\"\u6771\u65b9\"")]
    public void A_string_reads_as_the_reader_reads_it(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();

        Assert.Equal(reader.GetString(), WireStrings.Read(ref reader));
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(600)]
    public void A_long_string_of_escaped_slashes_reads_as_the_reader_reads_it(int length)
    {
        var unescaped = string.Concat(Enumerable.Repeat("ab/", length)).Substring(0, length);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("\"" + unescaped.Replace("/", "\\/", StringComparison.Ordinal) + "\""));
        reader.Read();

        Assert.True(reader.ValueIsEscaped);
        Assert.Equal(unescaped, WireStrings.Read(ref reader));
    }

    // The decoder reads sixteen bytes at a time and finishes byte by byte, so an escape or a non-ASCII character can
    // fall at the start, inside, across the end of a block or in the tail: every offset of a 40-character value is tried.
    // Each value ends in an escaped slash, so it is always one the decoder is asked to read.
    [Theory]
    [InlineData(@"\/")]
    [InlineData(@"\n")]
    [InlineData(@"\u00e9")]
    [InlineData("\u00e9")]
    public void An_escape_or_a_wide_character_at_any_offset_reads_as_the_reader_reads_it(string inserted)
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyz0123456789ABCD";
        for (var offset = 0; offset <= Letters.Length; offset++)
        {
            var json = "\"" + Letters[..offset] + inserted + Letters[offset..] + @"\/" + "\"";
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            reader.Read();

            Assert.Equal(reader.GetString(), WireStrings.Read(ref reader));
        }
    }

    [Fact]
    public void A_string_split_across_segments_reads_as_the_reader_reads_it()
    {
        var sequence = TwoSegments(Encoding.UTF8.GetBytes(@"""https:\/\/osu.ppy.sh\/beatmaps\/2291160"""), 9);
        var reader = new Utf8JsonReader(sequence);
        reader.Read();

        Assert.True(reader.HasValueSequence);
        Assert.Equal("https://osu.ppy.sh/beatmaps/2291160", WireStrings.Read(ref reader));
    }

    private static System.Buffers.ReadOnlySequence<byte> TwoSegments(byte[] bytes, int split)
    {
        var first = new Segment(bytes.AsMemory(0, split), 0);
        var second = new Segment(bytes.AsMemory(split), split);
        first.SetNext(second);
        return new System.Buffers.ReadOnlySequence<byte>(first, 0, second, second.Memory.Length);
    }

    private sealed class Segment : System.Buffers.ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public void SetNext(Segment next) => Next = next;
    }
}
