using Guildhall.Core.Errors;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>The site content sub-clients against the sandbox: news, changelog, wiki, comments, featured artist tracks, seasonal backgrounds.</summary>
public sealed class SandboxContentTests(OsuSandbox sandbox) : IClassFixture<OsuSandbox>
{
    private OsuClient App() => sandbox.Storage().AppClient;

    [Fact]
    public async Task The_news_pages_by_cursor_string_to_its_last_post()
    {
        var osu = App();

        var posts = await osu.News.ListAsync(pageSize: 10).ToListAsync();
        var pages = await osu.News.ListAsync(pageSize: 10).AsPages().ToListAsync();
        var first = await osu.News.GetPageAsync(pageSize: 10);

        Assert.Equal(45, posts.Count);
        Assert.Equal(5, pages.Count);
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(posts.Count, posts.Select(p => p.Id).Distinct().Count());
        Assert.Equal(posts.OrderByDescending(p => p.PublishedAt).Select(p => p.Id), posts.Select(p => p.Id));
        Assert.All(posts, post => Assert.NotNull(post.Preview));
        Assert.NotNull(first.NewsSidebar);
        Assert.Contains(first.NewsSidebar.CurrentYear, first.NewsSidebar.Years);
    }

    [Fact]
    public async Task A_news_post_by_slug_and_by_id_with_its_neighbours()
    {
        var osu = App();
        var listed = await osu.News.ListAsync(pageSize: 3).Take(3).ToListAsync();

        var bySlug = await osu.News.GetAsync(listed[1].Slug);
        var byId = await osu.News.GetAsync(listed[1].Id);

        Assert.Equal(listed[1].Id, bySlug.Id);
        Assert.Equal(bySlug, byId);
        Assert.False(string.IsNullOrEmpty(bySlug.Content));
        Assert.Equal(listed[0].Id, bySlug.Navigation?.Newer?.Id);
        Assert.Equal(listed[2].Id, bySlug.Navigation?.Older?.Id);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => osu.News.GetAsync("no-such-post"));
    }

    [Fact]
    public async Task The_changelog_pages_by_max_id_to_its_first_build()
    {
        var osu = App();

        var builds = await osu.Changelog.ListBuildsAsync().ToListAsync();
        var lazer = await osu.Changelog.ListBuildsAsync("lazer").ToListAsync();
        var listing = await osu.Changelog.GetBuildsPageAsync();

        Assert.Equal(60, builds.Count);
        Assert.Equal(builds.Select(b => b.Id).OrderDescending(), builds.Select(b => b.Id));
        Assert.Equal(12, lazer.Count);
        Assert.All(lazer, build => Assert.Equal("lazer", build.Stream?.Name));
        Assert.Equal(OsuChangelogClient.BuildsPerListing, listing.Builds.Count);
        Assert.Equal(5, listing.Streams.Count);
        Assert.All(builds, build => Assert.All(build.ChangelogEntries, entry => Assert.False(string.IsNullOrEmpty(entry.MessageHtml) || string.IsNullOrEmpty(entry.Message))));
    }

    [Fact]
    public async Task A_build_by_stream_and_version_by_lookup_and_by_id()
    {
        var osu = App();
        var lazer = await osu.Changelog.ListBuildsAsync("lazer").Take(3).ToListAsync();

        var build = await osu.Changelog.GetBuildAsync("lazer", lazer[1].Version);
        var latest = await osu.Changelog.LookupBuildAsync("lazer");
        var byVersion = await osu.Changelog.LookupBuildAsync(lazer[2].Version);
        var byId = await osu.Changelog.LookupBuildAsync(lazer[2].Id);

        Assert.Equal(lazer[0].Id, build.Versions?.Next?.Id);
        Assert.Equal(lazer[2].Id, build.Versions?.Previous?.Id);
        Assert.Equal(lazer[0].Id, latest.Id);
        Assert.Equal(lazer[2].Id, byVersion.Id);
        Assert.Equal(lazer[2].Id, byId.Id);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => osu.Changelog.GetBuildAsync("lazer", "1999.1.1"));
    }

    [Fact]
    public async Task Wiki_pages_by_locale_and_nested_path_and_a_missing_page()
    {
        var osu = App();

        var main = await osu.Wiki.GetAsync("Main_page");
        var nested = await osu.Wiki.GetAsync("People/Beatmap_Nominators", "en");
        var missing = await Assert.ThrowsAsync<ApiNotFoundException>(() => osu.Wiki.GetAsync("People/No_such_page"));

        Assert.Equal("main_page", main.Layout);
        Assert.Equal("People/Beatmap_Nominators", nested.Path);
        Assert.Contains("Beatmap Nominators", nested.Markdown, StringComparison.Ordinal);
        Assert.Equal(404, (int?)missing.StatusCode);
    }

    [Fact]
    public async Task Comments_page_by_cursor_object_to_the_last_one()
    {
        var osu = App();
        var post = (await osu.News.GetPageAsync(pageSize: 1)).NewsPosts[0];
        var query = new CommentsQuery { CommentableType = CommentableType.NewsPost, CommentableId = post.Id, ParentId = 0, PageSize = 20 };

        var comments = await osu.Comments.ListAsync(query).ToListAsync();
        var oldest = await osu.Comments.ListAsync(query with { Sort = CommentSort.Oldest }).ToListAsync();
        var top = await osu.Comments.ListAsync(query with { Sort = CommentSort.Top }).ToListAsync();
        var firstPage = await osu.Comments.GetPageAsync(query);

        Assert.Equal(70, comments.Count);
        Assert.Equal(comments.Count, comments.Select(c => c.Id).Distinct().Count());
        Assert.All(comments, comment => Assert.Null(comment.ParentId));
        Assert.Equal(comments.Select(c => c.Id).Reverse(), oldest.Select(c => c.Id));
        Assert.Equal(70, top.Count);
        Assert.Equal(top.Select(c => c.VotesCount).OrderDescending(), top.Select(c => c.VotesCount));
        Assert.Equal(70, firstPage.TopLevelCount);
        Assert.True(firstPage.HasMore);
        Assert.Single(firstPage.PinnedComments);
        Assert.Equal("news_post", Assert.Single(firstPage.CommentableMeta).Type);
    }

    [Fact]
    public async Task One_comment_with_its_replies_and_authors()
    {
        var osu = App();
        var parent = await osu.Comments.ListAsync(new CommentsQuery { ParentId = 0, Sort = CommentSort.Oldest }).FirstAsync(c => c.RepliesCount > 0);

        var bundle = await osu.Comments.GetAsync(parent.Id);

        Assert.Equal(parent.Id, Assert.Single(bundle.Comments).Id);
        Assert.Equal(parent.RepliesCount, bundle.IncludedComments.Count(c => c.ParentId == parent.Id));
        Assert.Contains(bundle.Users, user => user.Id == parent.UserId);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => osu.Comments.GetAsync(1));
    }

    [Fact]
    public async Task Bad_comment_queries_and_tokens_fail_before_sending()
    {
        var osu = App();

        var token = await Assert.ThrowsAsync<ArgumentException>(() => osu.Comments.ListAsync().AsPages("not a cursor!").ToListAsync().AsTask());
        var half = Assert.Throws<ArgumentException>(() => osu.Comments.ListAsync(new CommentsQuery { CommentableType = CommentableType.Build }));

        Assert.Equal("continuationToken", token.ParamName);
        Assert.Equal("query", half.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => osu.Comments.ListAsync(new CommentsQuery { PageSize = 101 }));
    }

    [Fact]
    public async Task Featured_artist_tracks_page_by_cursor_string_and_filter()
    {
        var osu = App();

        var tracks = await osu.Content.ListFeaturedTracksAsync().ToListAsync();
        var byTitle = await osu.Content.ListFeaturedTracksAsync(new ArtistTracksQuery { Sort = "title_asc", PageSize = 40 }).ToListAsync();
        var riverglass = await osu.Content.ListFeaturedTracksAsync(new ArtistTracksQuery { Artist = "Riverglass" }).ToListAsync();
        var page = await osu.Content.GetFeaturedTracksPageAsync(new ArtistTracksQuery { ExclusiveOnly = true });

        Assert.Equal(144, tracks.Count);
        Assert.Equal(tracks.Count, tracks.Select(t => t.Id).Distinct().Count());
        Assert.Equal(tracks.Select(t => t.UpdatedAt).OrderDescending(), tracks.Select(t => t.UpdatedAt));
        Assert.Equal(144, byTitle.Count);
        Assert.Equal(byTitle.Select(t => t.Title).Order(StringComparer.Ordinal), byTitle.Select(t => t.Title), StringComparer.Ordinal);
        Assert.Equal(18, riverglass.Count);
        Assert.All(riverglass, track => Assert.Equal("Riverglass", track.Artist?.Name));
        Assert.NotEmpty(page.ArtistTracks);
        Assert.All(page.ArtistTracks, track => Assert.True(track.Exclusive));
        Assert.True(page.Search?.ExclusiveOnly);
    }

    [Fact]
    public async Task Seasonal_backgrounds_with_their_artists()
    {
        var backgrounds = await App().Content.GetSeasonalBackgroundsAsync();

        Assert.Equal(12, backgrounds.Backgrounds.Count);
        Assert.All(backgrounds.Backgrounds, background => Assert.False(string.IsNullOrEmpty(background.User?.Username)));
        Assert.NotNull(backgrounds.EndsAt);
    }
}
