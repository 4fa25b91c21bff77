using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Guildhall.Cli.Output;
using Guildhall.Core.Errors;
using Guildhall.Osu;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Cli.Tour;

/// <summary>
/// osu! API v2 through the real client over loopback HTTP: the app client (client credentials) on public data in both
/// score formats with paging, then a user session through the authorization code flow, a token the server stopped
/// accepting renewed on the fly, a scope the session lacks refused before sending, and revocation.
/// </summary>
internal sealed class OsuTourSection : ITourSection
{
    public string Title => "osu! API v2 (osu.ppy.sh/api/v2)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        await using var storage = new OsuClientStorage(new OsuClientOptions
        {
            BaseAddress = context.Sandbox.GetApiBase("osu"),
            ClientId = OsuSandboxCredentials.ClientId,
            ClientSecret = OsuSandboxCredentials.ClientSecret,
            RedirectUri = new Uri(OsuSandboxCredentials.RedirectUri),
        });
        var app = storage.AppClient;

        await context.StepAsync("app client: POST /oauth/token (client_credentials), GET /users/{id}", async () =>
        {
            var user = await app.Users.GetAsync(OsuSandboxSeed.StaffUsername, cancellationToken: cancellationToken).ConfigureAwait(false);
            var token = await app.GetCurrentTokenAsync(cancellationToken).ConfigureAwait(false);
            return $"{user.Username} (#{user.Id}), {user.Statistics?.Pp:N0} pp; token scopes: {string.Join(' ', token.Scopes)}";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /beatmaps/{id} and POST /beatmaps/{id}/attributes with HD DT", async () =>
        {
            var beatmap = await app.Beatmaps.GetAsync(OsuSandboxSeed.FeaturedBeatmapId, cancellationToken).ConfigureAwait(false);
            var attributes = await app.Beatmaps.GetAttributesAsync(OsuSandboxSeed.FeaturedBeatmapId, GameMode.Osu, [new GameMod("HD"), new GameMod("DT")], cancellationToken).ConfigureAwait(false);
            return $"{beatmap.Beatmapset?.Artist} - {beatmap.Beatmapset?.Title} [{beatmap.Version}]: {beatmap.DifficultyRating:0.00}* nomod, {attributes.StarRating:0.00}* HDDT";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /scores/{id} in the lazer and the legacy format (x-api-version)", async () =>
        {
            var lazer = await app.Scores.GetAsync(OsuSandboxSeed.LazerScoreId, OsuScoreFormat.Lazer, cancellationToken).ConfigureAwait(false);
            var legacy = await app.Scores.GetAsync(OsuSandboxSeed.LazerScoreId, OsuScoreFormat.Legacy, cancellationToken).ConfigureAwait(false);
            return $"lazer total_score {lazer.TotalScore:N0} with {string.Join("", lazer.Mods.Select(mod => mod.Acronym))}; legacy score {legacy.Points:N0} with {string.Join("", legacy.Mods.Select(mod => mod.Acronym))}";
        }).ConfigureAwait(false);

        await context.StepAsync("walk a beatmapset search to its end (cursor_string pages)", async () =>
        {
            var (pages, sets) = (0, 0);
            await foreach (var page in app.Beatmapsets.ListAsync(new BeatmapsetSearchQuery { Category = BeatmapsetCategory.Any }, cancellationToken).AsPages(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                pages++;
                sets += page.Items.Count;
            }

            return $"{sets} beatmapsets over {pages} pages";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /rankings/osu/performance (first page)", async () =>
        {
            var page = await app.Rankings.GetUsersPageAsync(GameMode.Osu, RankingType.Performance, cancellationToken: cancellationToken).ConfigureAwait(false);
            var top = page.Ranking[0];
            return $"#1 {top.User?.Username} with {top.Pp:N0} pp, of {page.Total:N0}";
        }).ConfigureAwait(false);

        await context.StepAsync("the app client asking for /me is refused before sending (it has no user)", async () =>
        {
            var refused = await Expect<ApiForbiddenException>(() => app.Users.GetMeAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
            return refused.Message;
        }).ConfigureAwait(false);

        OsuClient? user = null;
        await context.StepAsync("user session: GET /oauth/authorize, callback with code and state, POST /oauth/token (authorization_code)", async () =>
        {
            user = await OsuTourSignIn.SignInAsync(browser, storage, [OsuScopes.Identify, OsuScopes.Public, OsuScopes.FriendsRead], cancellationToken).ConfigureAwait(false);
            var me = await user.Users.GetMeAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var friends = await user.Users.GetFriendsAsync(cancellationToken).ConfigureAwait(false);
            return $"signed in as {me.Username} (session {user.SessionId}), {friends.Count} friends";
        }).ConfigureAwait(false);

        await context.StepAsync("the server stops accepting the token: a 401, one refresh, the call sent again", async () =>
        {
            var session = user ?? throw new TourPrerequisiteException("No user session: signing in failed above.");
            var before = await session.GetCurrentTokenAsync(cancellationToken).ConfigureAwait(false);
            using var expired = await browser.PostAsJsonAsync(new Uri(context.Sandbox.BaseAddress, "_sandbox/osu/tokens/expire"), new JsonObject { ["access_token"] = before.AccessToken }, CliJsonContext.Default.JsonObject, cancellationToken).ConfigureAwait(false);
            expired.EnsureSuccessStatusCode();
            var best = await session.Users.ListScoresAsync(session.SessionId, UserScoreType.Best, new UserScoresQuery { PageSize = 5 }, cancellationToken).AsPages(cancellationToken: cancellationToken).FirstAsync(cancellationToken).ConfigureAwait(false);
            var after = await session.GetCurrentTokenAsync(cancellationToken).ConfigureAwait(false);
            return $"renewed (new token: {after.AccessToken != before.AccessToken}); best play {best.Items[0].Pp?.ToString("N0", CultureInfo.InvariantCulture)} pp";
        }).ConfigureAwait(false);

        await context.StepAsync("DELETE /oauth/tokens/current revokes the session", async () =>
        {
            var session = user ?? throw new TourPrerequisiteException("No user session: signing in failed above.");
            await storage.RevokeClientAsync(session.SessionId, cancellationToken).ConfigureAwait(false);
            return $"session {session.SessionId} revoked and forgotten: {!storage.ClientExists(session.SessionId)}";
        }).ConfigureAwait(false);
    }

    private static async Task<TException> Expect<TException>(Func<Task> call)
        where TException : Exception
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (TException expected)
        {
            return expected;
        }

        throw new InvalidOperationException($"Expected {typeof(TException).Name}, but the call succeeded.");
    }
}
