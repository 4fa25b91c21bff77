using System.Text.Json;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Tatsu.Models;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Tatsu.Tests;

/// <summary>
/// Every model keeps the JSON it was read from as <c>Raw</c>, built only when read: the same JSON the API sent, the same
/// element on every read and from every thread, each row of a page its own part of the page, and <c>with</c>, equality
/// and <c>ToString()</c> as they were when <c>Raw</c> was a plain property.
/// </summary>
public sealed class TatsuRawJsonTests
{
    private const ulong Member = MemberUserIdBase + 42;

    [Fact]
    public async Task Every_model_keeps_exactly_the_json_its_answer_had()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        BodyRecorder recorder = null!;
        var tatsu = bed.CreateClient(wrap: inner => recorder = new BodyRecorder(inner));

        var raws = new List<JsonElement>
        {
            (await tatsu.Users.GetProfileAsync(GuildmasterUserId)).Raw,
            (await tatsu.Store.GetListingAsync(AntiqueChairListingId)).Raw,
            (await tatsu.Rankings.GetMemberRankingAsync(TavernGuildId, GuildmasterUserId)).Raw,
            (await tatsu.Rankings.GetGuildRankingsPageAsync(TavernGuildId)).Raw,
            (await tatsu.Members.GetPointsAsync(TavernGuildId, Member)).Raw,
            (await tatsu.Members.AddPointsAsync(TavernGuildId, Member, 5))!.Raw,
            (await tatsu.Members.AddScoreAsync(TavernGuildId, Member, 5))!.Raw,
        };

        Assert.Equal(recorder.Bodies, raws.Select(raw => raw.GetRawText()));
    }

    [Fact]
    public async Task Each_row_keeps_its_own_part_of_the_page()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        BodyRecorder recorder = null!;
        var tatsu = bed.CreateClient(wrap: inner => recorder = new BodyRecorder(inner));

        var page = await tatsu.Rankings.GetGuildRankingsPageAsync(TavernGuildId, offset: 200);
        var sent = JsonDocument.Parse(recorder.Last).RootElement.GetProperty("rankings");

        Assert.Equal(TavernMemberCount - 200, page.Rankings.Count);
        Assert.Equal(sent.GetArrayLength(), page.Rankings.Count);
        for (var index = 0; index < page.Rankings.Count; index++)
        {
            var row = page.Rankings[index];
            Assert.Equal(sent[index].GetRawText(), row.Raw.GetRawText());
            Assert.Equal(row.UserId.ToString(), row.Raw.GetProperty("user_id").GetString());
            // Built from the page's own element: the page's JSON is parsed once for all its rows.
            Assert.True(SameElement(page.Raw.GetProperty("rankings")[index], row.Raw));
        }
    }

    [Fact]
    public async Task Raw_is_the_same_element_on_every_read_and_from_every_thread()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        for (var round = 0; round < 10; round++)
        {
            var profile = await tatsu.Users.GetProfileAsync(GuildmasterUserId);
            using var start = new Barrier(2);
            var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            {
                Assert.True(start.SignalAndWait(TimeSpan.FromSeconds(10)), "the readers did not start together");
                return profile.Raw;
            })).ToArray();

            var elements = await Task.WhenAll(readers);

            Assert.True(SameElement(elements[0], elements[1]));
            Assert.True(SameElement(elements[0], profile.Raw));
            Assert.Equal(GuildmasterUserId.ToString(), elements[1].GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task With_replaces_or_keeps_raw_as_before()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();
        var profile = await tatsu.Users.GetProfileAsync(GuildmasterUserId);
        var other = JsonDocument.Parse("""{"id":"1","note":"mine"}""").RootElement;

        var renamed = profile with { Username = "renamed" };
        var replaced = profile with { Raw = other };
        var cleared = profile with { Raw = default };

        Assert.Equal("guildmaster", renamed.Raw.GetProperty("username").GetString());
        Assert.Equal("mine", replaced.Raw.GetProperty("note").GetString());
        Assert.Equal(GuildmasterUserId, replaced.UserId);
        Assert.Equal(JsonValueKind.Undefined, cleared.Raw.ValueKind);
        Assert.Equal("guildmaster", profile.Raw.GetProperty("username").GetString());
    }

    [Fact]
    public void A_model_built_in_code_has_no_raw_json()
    {
        var profile = new TatsuUserProfile { UserId = GuildmasterUserId };
        var page = new TatsuGuildRankings { GuildId = TavernGuildId, Rankings = [new TatsuRankedMember { Rank = 1, UserId = GuildmasterUserId }] };

        Assert.Equal(JsonValueKind.Undefined, profile.Raw.ValueKind);
        Assert.Equal(JsonValueKind.Undefined, page.Raw.ValueKind);
        Assert.Equal(JsonValueKind.Undefined, page.Rankings[0].Raw.ValueKind);
        Assert.Equal(profile, new TatsuUserProfile { UserId = GuildmasterUserId, Raw = default });
    }

    [Fact]
    public async Task Equality_is_what_it_was_with_a_plain_element()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();
        var profile = await tatsu.Users.GetProfileAsync(GuildmasterUserId);
        var again = await tatsu.Users.GetProfileAsync(GuildmasterUserId);
        var copy = profile with { };

        // A copy shares the raw JSON, read or not; a copy given the same element is equal too; a second read, with a
        // document of its own, is not (as two JsonElements of two documents never were).
        Assert.Equal(profile, copy);
        Assert.Equal(profile.GetHashCode(), copy.GetHashCode());
        Assert.Equal(profile, again with { Raw = profile.Raw });
        Assert.Equal(profile.GetHashCode(), (again with { Raw = profile.Raw }).GetHashCode());
        Assert.NotEqual(profile, again);
        Assert.NotEqual(profile, profile with { Raw = again.Raw });
    }

    [Fact]
    public async Task ToString_prints_raw_as_json_and_nothing_of_how_it_is_kept()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        BodyRecorder recorder = null!;
        var tatsu = bed.CreateClient(wrap: inner => recorder = new BodyRecorder(inner));
        var profile = await tatsu.Users.GetProfileAsync(GuildmasterUserId);

        var text = profile.ToString();

        Assert.Contains($"Raw = {recorder.Last}, ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("RawJson", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Byte", text, StringComparison.Ordinal);
        Assert.DoesNotContain("_raw", text, StringComparison.Ordinal);
    }

    /// <summary>The same element of the same document: what a <see cref="JsonElement"/>'s own equality means.</summary>
    private static bool SameElement(JsonElement left, JsonElement right) => EqualityComparer<JsonElement>.Default.Equals(left, right);
}
