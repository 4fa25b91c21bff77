using System.Buffers;
using System.Text;
using System.Text.Json;
using Guildhall.Osu.Json;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Tests.Json;

/// <summary>
/// The generated readers compare each member name with the member that followed the previous one the last time the
/// model was read. Whatever order, gaps or extra members a body has, and whatever order the model was read in before,
/// every member lands where it belongs and nothing is lost.
/// </summary>
public sealed class MemberOrderTests
{
    private static readonly (string Name, string Value)[] Covers =
    [
        ("cover", "https://assets.ppy.sh/c"),
        ("cover@2x", "https://assets.ppy.sh/c2"),
        ("card", "https://assets.ppy.sh/k"),
        ("card@2x", "https://assets.ppy.sh/k2"),
        ("list", "https://assets.ppy.sh/l"),
        ("list@2x", "https://assets.ppy.sh/l2"),
        ("slimcover", "https://assets.ppy.sh/s"),
        ("slimcover@2x", "https://assets.ppy.sh/s2"),
    ];

    [Fact]
    public void Members_read_in_any_order_after_another_order_was_learned()
    {
        var forward = Json(Covers);
        var backward = Json([.. Covers.Reverse()]);
        var shuffled = Json([Covers[3], Covers[0], Covers[7], Covers[1], Covers[5], Covers[2], Covers[6], Covers[4]]);

        foreach (var json in new[] { forward, backward, forward, shuffled, backward, shuffled, forward })
        {
            AssertAllMembers(Read(json));
        }
    }

    [Fact]
    public void A_missing_member_leaves_the_rest_where_they_belong()
    {
        Read(Json(Covers));
        var covers = Read(Json([.. Covers.Where(member => member.Name != "card")]));

        Assert.Null(covers.Card);
        Assert.Equal("https://assets.ppy.sh/k2", covers.Card2x);
        Assert.Equal("https://assets.ppy.sh/c2", covers.Cover2x);
        Assert.Equal("https://assets.ppy.sh/s2", covers.Slimcover2x);
    }

    [Fact]
    public void Unknown_members_between_predicted_ones_are_kept_and_the_order_holds()
    {
        Read(Json(Covers));
        var json = Json(Covers)
            .Replace("\"cover@2x\":", "\"cover@3x\":\"x3\",\"cover@2x\":", StringComparison.Ordinal)
            .Replace("\"card@2x\":", "\"cards\":[1,{\"card\":2}],\"card@2x\":", StringComparison.Ordinal);

        var covers = Read(json);

        Assert.Equal(["cover@3x", "cards"], covers.ExtensionData.Keys);
        Assert.Equal("x3", covers.ExtensionData["cover@3x"].GetString());
        Assert.Equal(2, covers.ExtensionData["cards"][1].GetProperty("card").GetInt32());
        Assert.Equal(Covers.Select(member => member.Value), Values(covers));
        using var sent = JsonDocument.Parse(json);
        using var written = JsonDocument.Parse(JsonSerializer.Serialize(covers, OsuJson.TypeInfo<BeatmapsetCovers>()));
        Assert.True(JsonElement.DeepEquals(sent.RootElement, written.RootElement));
    }

    [Fact]
    public void Escaped_names_match_the_members_they_spell()
    {
        Read(Json(Covers));
        var json = Json(Covers).Replace("\"cover@2x\"", "\"cover\\u00402x\"", StringComparison.Ordinal).Replace("\"list\"", "\"\\u006cist\"", StringComparison.Ordinal);

        AssertAllMembers(Read(json));
    }

    [Fact]
    public void Names_split_across_buffers_match_the_members_they_spell()
    {
        Read(Json(Covers));
        var bytes = Encoding.UTF8.GetBytes(Json(Covers));
        for (var size = 1; size <= 7; size++)
        {
            var reader = new Utf8JsonReader(Segments(bytes, size));
            AssertAllMembers(JsonSerializer.Deserialize(ref reader, OsuJson.TypeInfo<BeatmapsetCovers>())!);
        }
    }

    [Fact]
    public async Task A_model_read_from_a_stream_in_small_buffers_reads_every_member()
    {
        foreach (var json in new[] { Json(Covers), Json([.. Covers.Reverse()]), Json(Covers) })
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

            var read = await JsonSerializer.DeserializeAsync(stream, SmallBuffers.GetTypeInfo(typeof(BeatmapsetCovers)));

            AssertAllMembers(Assert.IsType<BeatmapsetCovers>(read));
        }
    }

    private static readonly JsonSerializerOptions SmallBuffers = new(OsuJson.Options) { DefaultBufferSize = 16 };

    private static BeatmapsetCovers Read(string json) => JsonSerializer.Deserialize(json, OsuJson.TypeInfo<BeatmapsetCovers>())!;

    private static string Json((string Name, string Value)[] members) =>
        "{" + string.Join(",", members.Select(member => $"\"{member.Name}\":\"{member.Value}\"")) + "}";

    private static void AssertAllMembers(BeatmapsetCovers covers)
    {
        Assert.Equal(Covers.Select(member => member.Value), Values(covers));
        Assert.Empty(covers.ExtensionData);
    }

    private static string?[] Values(BeatmapsetCovers covers) =>
        [covers.Cover, covers.Cover2x, covers.Card, covers.Card2x, covers.List, covers.List2x, covers.Slimcover, covers.Slimcover2x];

    private static ReadOnlySequence<byte> Segments(byte[] bytes, int size)
    {
        var first = new Segment(bytes.AsMemory(0, size), 0);
        var last = first;
        for (var start = size; start < bytes.Length; start += size)
        {
            last = last.Append(bytes.AsMemory(start, Math.Min(size, bytes.Length - start)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
