using Guildhall.Core.Errors;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>The beatmap community and replay sub-clients against the sandbox: packs, discussions, beatmapset events, replays.</summary>
public sealed class SandboxCommunityTests(OsuSandbox sandbox) : IClassFixture<OsuSandbox>
{
    private OsuClient App() => sandbox.Storage().AppClient;

    public static TheoryData<BeatmapPackType> PackTypes() => [.. Enum.GetValues<BeatmapPackType>()];

    [Theory]
    [MemberData(nameof(PackTypes))]
    public async Task Every_kind_of_beatmap_pack_pages_to_its_oldest(BeatmapPackType type)
    {
        var osu = App();

        var pages = await osu.BeatmapPacks.ListAsync(type).AsPages().ToListAsync();
        var packs = pages.SelectMany(page => page.Items).ToList();

        Assert.NotEmpty(packs);
        Assert.Equal(packs.Count, packs.Select(p => p.Tag).Distinct().Count());
        Assert.Equal(packs.Select(p => p.Date).OrderDescending(), packs.Select(p => p.Date));
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(type == BeatmapPackType.Standard ? 3 : 1, pages.Count);
    }

    [Fact]
    public async Task A_pack_with_its_sets_and_the_user_s_completion()
    {
        var storage = sandbox.Storage();
        var user = await sandbox.AuthorizeAsync(storage, "public", "identify");

        var asApp = await storage.AppClient.BeatmapPacks.GetAsync("S1");
        var asUser = await user.BeatmapPacks.GetAsync("S1");

        Assert.NotEmpty(asApp.Beatmapsets);
        Assert.Null(asApp.UserCompletionData);
        Assert.NotNull(asUser.UserCompletionData);
        Assert.All(asUser.UserCompletionData.BeatmapsetIds, id => Assert.Contains(asUser.Beatmapsets, set => set.Id == id));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => user.BeatmapPacks.GetAsync("S999999"));
    }

    [Fact]
    public async Task Discussions_page_by_cursor_string_to_the_last_one()
    {
        var osu = App();

        var discussions = await osu.Discussions.ListAsync(new DiscussionsQuery { PageSize = 25 }).ToListAsync();
        var oldestFirst = await osu.Discussions.ListAsync(new DiscussionsQuery { OldestFirst = true }).ToListAsync();
        var open = await osu.Discussions.ListAsync(new DiscussionsQuery { OnlyUnresolved = true, MessageTypes = ["problem"] }).ToListAsync();
        var page = await osu.Discussions.GetPageAsync(new DiscussionsQuery { PageSize = 5 });

        Assert.Equal(120, discussions.Count);
        Assert.Equal(discussions.Select(d => d.Id).OrderDescending(), discussions.Select(d => d.Id));
        Assert.Equal(discussions.Select(d => d.Id).Reverse(), oldestFirst.Select(d => d.Id));
        Assert.NotEmpty(open);
        Assert.All(open, d => Assert.True(d.MessageType == "problem" && !d.Resolved));
        Assert.All(page.Discussions, d => Assert.Equal(d.Id, d.StartingPost?.BeatmapsetDiscussionId));
        Assert.All(page.Discussions, d => Assert.Contains(page.Beatmapsets, set => set.Id == d.BeatmapsetId));
        Assert.NotNull(page.CursorString);
    }

    [Fact]
    public async Task Discussion_posts_and_votes_page_to_the_end_with_their_filters()
    {
        var osu = App();

        var replies = await osu.Discussions.ListPostsAsync(new DiscussionPostsQuery { PageSize = 50 }).ToListAsync();
        var every = await osu.Discussions.ListPostsAsync(new DiscussionPostsQuery { Types = ["first", "reply", "system"] }).ToListAsync();
        var system = await osu.Discussions.ListPostsAsync(new DiscussionPostsQuery { Types = ["system"] }).ToListAsync();
        var votes = await osu.Discussions.ListVotesAsync().ToListAsync();
        var down = await osu.Discussions.ListVotesAsync(new DiscussionVotesQuery { Score = -1 }).ToListAsync();
        var votesPage = await osu.Discussions.GetVotesPageAsync();

        Assert.Equal(every.Count, every.Select(p => p.Id).Distinct().Count());
        Assert.True(every.Count > replies.Count + system.Count);
        Assert.All(system, post => Assert.True(post.System));
        Assert.DoesNotContain(replies, post => post.System);
        Assert.True(votes.Count > 50);
        Assert.NotEmpty(down);
        Assert.All(down, vote => Assert.Equal(-1, vote.Score));
        Assert.All(votesPage.Votes, vote => Assert.Contains(votesPage.Discussions, d => d.Id == vote.BeatmapsetDiscussionId));
        await Assert.ThrowsAsync<ArgumentException>(() => osu.Discussions.GetVotesPageAsync(new DiscussionVotesQuery { Score = 2 }));
    }

    [Fact]
    public async Task Beatmapset_events_of_every_kind_page_by_number_to_the_end()
    {
        var osu = App();

        var events = await osu.Discussions.ListEventsAsync(new BeatmapsetEventsQuery { PageSize = 30 }).ToListAsync();
        var nominations = await osu.Discussions.ListEventsAsync(new BeatmapsetEventsQuery { Types = [BeatmapsetEventType.Nominate, BeatmapsetEventType.Disqualify] }).ToListAsync();
        var page = await osu.Discussions.GetEventsPageAsync(new BeatmapsetEventsQuery { PageSize = 10 });

        Assert.Equal(112, events.Count);
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
        Assert.Equal(Enum.GetValues<BeatmapsetEventType>().Where(t => t != BeatmapsetEventType.Unknown).Order(), events.Select(e => e.Type).Distinct().Order());
        Assert.Equal(8, nominations.Count);
        Assert.All(nominations.Where(e => e.Type == BeatmapsetEventType.Disqualify), e => Assert.NotNull(e.Discussion?.StartingPost));
        Assert.All(events, e => Assert.NotNull(e.Beatmapset));
        Assert.Equal(10, page.Events.Count);
        Assert.NotNull(page.ReviewsConfig);
    }

    [Fact]
    public async Task A_replay_downloads_as_the_bytes_of_an_osr_file_by_either_id()
    {
        var osu = App();
        var score = await osu.Scores.GetAsync(OsuSandboxSeed.LazerScoreId);

        await using var byLazerId = await osu.Replays.DownloadAsync(OsuSandboxSeed.LazerScoreId);
        await using var byLegacyId = await osu.Replays.DownloadLegacyAsync(GameMode.Osu, OsuSandboxSeed.LegacyScoreId);
        var bytes = await ReadAllAsync(byLazerId);

        Assert.Equal(bytes, await ReadAllAsync(byLegacyId));
        using var reader = new BinaryReader(new MemoryStream(bytes));
        Assert.Equal(0, reader.ReadByte());
        Assert.True(reader.ReadInt32() > 20_000_000);
        Assert.Equal(score.Beatmap?.Checksum, ReadOsuString(reader));
        Assert.Equal(score.User?.Username, ReadOsuString(reader));
        Assert.False(byLazerId.CanWrite);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => osu.Replays.DownloadAsync(1));
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    // osu!'s strings: 0x0b, then a length-prefixed UTF-8 string as BinaryReader reads it.
    private static string ReadOsuString(BinaryReader reader)
    {
        Assert.Equal(0x0b, reader.ReadByte());
        return reader.ReadString();
    }
}
