using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;
using Guildhall.Osu.Tests.Infrastructure;

namespace Guildhall.Osu.Tests.Clients;

/// <summary>
/// Every one-page call of a <c>cursor_string</c> list refuses an empty cursor before sending (osu! would answer the first
/// page again, so a caller that lost its cursor would loop), naming its parameter.
/// </summary>
public sealed class CursorStringCheckTests : IAsyncDisposable
{
    private readonly StubOsuServer _server = new();
    private readonly HttpClient _http;
    private readonly OsuClientStorage _storage;

    public CursorStringCheckTests()
    {
        _http = new HttpClient(_server);
        _storage = new OsuClientStorage(_http, TestOptions.Create());
    }

    public static TheoryData<string, string> Calls => new()
    {
        { "packs", "continuationToken" },
        { "featured tracks", "continuationToken" },
        { "discussions", "continuationToken" },
        { "discussion posts", "continuationToken" },
        { "discussion votes", "continuationToken" },
        { "news", "continuationToken" },
        { "forum topic", "continuationToken" },
        { "matches", "continuationToken" },
        { "playlist scores", "continuationToken" },
        { "beatmapset search", "cursorString" },
        { "user rankings", "cursorString" },
    };

    public async ValueTask DisposeAsync()
    {
        await _storage.DisposeAsync();
        _http.Dispose();
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task An_empty_cursor_is_refused_before_sending(string call, string parameter)
    {
        var osu = _storage.AppClient;
        Func<Task> send = call switch
        {
            "packs" => () => osu.BeatmapPacks.GetPageAsync(continuationToken: ""),
            "featured tracks" => () => osu.Content.GetFeaturedTracksPageAsync(continuationToken: ""),
            "discussions" => () => osu.Discussions.GetPageAsync(continuationToken: ""),
            "discussion posts" => () => osu.Discussions.GetPostsPageAsync(continuationToken: ""),
            "discussion votes" => () => osu.Discussions.GetVotesPageAsync(continuationToken: ""),
            "news" => () => osu.News.GetPageAsync(continuationToken: ""),
            "forum topic" => () => osu.Forum.GetTopicPageAsync(1, continuationToken: ""),
            "matches" => () => osu.Multiplayer.GetMatchesPageAsync(continuationToken: ""),
            "playlist scores" => () => osu.Multiplayer.GetPlaylistScoresPageAsync(1, 2, continuationToken: ""),
            "beatmapset search" => () => osu.Beatmapsets.GetPageAsync(cursorString: ""),
            "user rankings" => () => osu.Rankings.GetUsersPageAsync(GameMode.Osu, RankingType.Performance, cursorString: ""),
            _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(send);

        Assert.Equal(parameter, error.ParamName);
        Assert.Empty(_server.Requests);
    }
}
