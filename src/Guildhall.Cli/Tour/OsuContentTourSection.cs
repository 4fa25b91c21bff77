using Guildhall.Osu;
using Guildhall.Osu.Queries;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Cli.Tour;

/// <summary>
/// osu!'s content and community reads through the real client over loopback HTTP, with an app client: news (cursor
/// pages, then one post), the changelog (an id-bound listing, then one build), a nested wiki page, beatmap packs (every
/// page of a type, then one pack) and beatmapset discussions (cursor pages).
/// </summary>
internal sealed class OsuContentTourSection : ITourSection
{
    public string Title => "osu! news, changelog, wiki, beatmap packs and discussions";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        await using var storage = new OsuClientStorage(new OsuClientOptions
        {
            BaseAddress = context.Sandbox.GetApiBase("osu"),
            ClientId = OsuSandboxCredentials.ClientId,
            ClientSecret = OsuSandboxCredentials.ClientSecret,
        });
        var osu = storage.AppClient;

        await context.StepAsync("news: GET /news (cursor pages), then the newest post by its slug", async () =>
        {
            var posts = await osu.News.ListAsync(pageSize: 5, cancellationToken: cancellationToken).Take(12).ToListAsync(cancellationToken).ConfigureAwait(false);
            var newest = await osu.News.GetAsync(posts[0].Slug, cancellationToken).ConfigureAwait(false);
            return $"{posts.Count} posts read in pages of 5; newest: \"{newest.Title}\" ({newest.Slug})";
        }).ConfigureAwait(false);

        await context.StepAsync("changelog: GET /changelog (max_id pages), then that build by stream and version", async () =>
        {
            var builds = await osu.Changelog.ListBuildsAsync(cancellationToken: cancellationToken).Take(30).ToListAsync(cancellationToken).ConfigureAwait(false);
            var latest = builds[0];
            var build = await osu.Changelog.GetBuildAsync(latest.Stream?.Name ?? "", latest.Version, cancellationToken).ConfigureAwait(false);
            return $"{builds.Count} builds; latest {build.DisplayVersion} on {build.Stream?.DisplayName} with {build.ChangelogEntries.Count} entries";
        }).ConfigureAwait(false);

        await context.StepAsync("wiki: GET /wiki/en/People/Beatmap_Nominators (a nested path)", async () =>
        {
            var page = await osu.Wiki.GetAsync("People/Beatmap_Nominators", "en", cancellationToken).ConfigureAwait(false);
            return $"\"{page.Title}\"";
        }).ConfigureAwait(false);

        await context.StepAsync("beatmap packs: every page of the standard packs, then one pack with its beatmapsets", async () =>
        {
            var packs = await osu.BeatmapPacks.ListAsync(BeatmapPackType.Standard, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
            var pack = await osu.BeatmapPacks.GetAsync(packs[0].Tag, cancellationToken: cancellationToken).ConfigureAwait(false);
            return $"{packs.Count} standard packs; {pack.Tag} \"{pack.Name}\" holds {pack.Beatmapsets.Count} beatmapsets";
        }).ConfigureAwait(false);

        await context.StepAsync("discussions: GET /beatmapsets/discussions (cursor pages)", async () =>
        {
            var discussions = await osu.Discussions.ListAsync(new DiscussionsQuery { PageSize = 10 }, cancellationToken).Take(25).ToListAsync(cancellationToken).ConfigureAwait(false);
            var kinds = discussions.GroupBy(d => d.MessageType).Select(g => $"{g.Count()} {g.Key}");
            return $"{discussions.Count} discussions: {string.Join(", ", kinds)}";
        }).ConfigureAwait(false);
    }
}
