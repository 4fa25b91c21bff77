using System.Globalization;
using Guildhall.Core.Errors;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Tatsu;
using Guildhall.Tatsu.Models;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Cli.Tour;

/// <summary>
/// Tatsu through the real client over loopback HTTP: every route, a leaderboard walk across pages, a change larger than
/// one request may carry, the permission and unknown-member errors, and the rate budget afterwards.
/// </summary>
internal sealed class TatsuTourSection : ITourSection
{
    private const ulong Member = MemberUserIdBase + 42;

    public string Title => "Tatsu (api.tatsu.gg/v1)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var baseAddress = context.Sandbox.GetApiBase("tatsu/v1");
        await using var owner = new TatsuClient(TatsuSandboxCredentials.GuildmasterKey, new TatsuClientOptions { BaseAddress = baseAddress });
        await using var member = new TatsuClient(TatsuSandboxCredentials.ApprenticeKey, new TatsuClientOptions { BaseAddress = baseAddress });

        await context.StepAsync("GET /users/{id}/profile", async () =>
        {
            var profile = await owner.Users.GetProfileAsync(SupporterUserId, cancellationToken).ConfigureAwait(false);
            return $"{profile.Username}: {profile.SubscriptionType}, renews {profile.SubscriptionRenewal:yyyy-MM-dd}, {profile.Xp:N0} xp";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /guilds/{id}/rankings/members/{id}/week", async () =>
        {
            var ranking = await member.Rankings.GetMemberRankingAsync(TavernGuildId, ApprenticeUserId, TatsuTimeframe.Week, cancellationToken).ConfigureAwait(false);
            return $"apprentice is #{ranking.Rank} this week with {ranking.Score:N0}";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /guilds/{id}/rankings/all?offset=0", async () =>
        {
            var page = await member.Rankings.GetGuildRankingsPageAsync(TavernGuildId, cancellationToken: cancellationToken).ConfigureAwait(false);
            var top = page.Rankings[0];
            return $"{page.Rankings.Count} rows; #1 is {top.UserId} with {top.Score:N0}";
        }).ConfigureAwait(false);

        await context.StepAsync("walk the whole leaderboard (AsyncPageable, 100 rows a page)", async () =>
        {
            var (pages, rows) = (0, 0);
            await foreach (var page in owner.Rankings.ListGuildRankingsAsync(TavernGuildId).AsPages(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                pages++;
                rows += page.Items.Count;
            }

            return $"{rows} ranks over {pages} pages, stopping at the last";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /guilds/{id}/members/{id}/points", async () =>
        {
            var points = await member.Members.GetPointsAsync(TavernGuildId, Member, cancellationToken).ConfigureAwait(false);
            return $"{points.Points:N0} points, rank {points.Rank}";
        }).ConfigureAwait(false);

        await context.StepAsync("PATCH .../points: add 250,000 (split into requests of at most 100,000)", async () =>
        {
            var points = await owner.Members.AdjustPointsAsync(TavernGuildId, Member, 250_000, cancellationToken).ConfigureAwait(false);
            return points is null ? "applied (204)" : $"now {points.Points:N0} points";
        }).ConfigureAwait(false);

        await context.StepAsync("PATCH .../score: add 500, then remove 200", async () =>
        {
            await owner.Members.AddScoreAsync(TavernGuildId, Member, 500, cancellationToken).ConfigureAwait(false);
            var score = await owner.Members.RemoveScoreAsync(TavernGuildId, Member, 200, cancellationToken).ConfigureAwait(false);
            return score is null ? "applied (204)" : $"all-time score now {score.Score:N0}";
        }).ConfigureAwait(false);

        await context.StepAsync("a member without Manage Server changing points gets 403", () =>
            ExpectAsync<ApiForbiddenException>(() => member.Members.AddPointsAsync(TavernGuildId, Member, 10, cancellationToken)))
            .ConfigureAwait(false);

        await context.StepAsync("a user outside the guild is Tatsu error 1003", () =>
            ExpectAsync<ApiNotFoundException>(() => owner.Members.GetPointsAsync(TavernGuildId, WandererUserId, cancellationToken)))
            .ConfigureAwait(false);

        await context.StepAsync("GET /store/listings/{id}", async () =>
        {
            var listing = await owner.Store.GetListingAsync(SupporterBadgeListingId, cancellationToken).ConfigureAwait(false);
            var prices = string.Join(" or ", listing.Prices.Select(price => $"{price.Amount.ToString(CultureInfo.InvariantCulture)} {price.Currency}"));
            return $"{listing.Name}: {prices}";
        }).ConfigureAwait(false);

        await context.StepAsync("rate budget of the owner's key (60 a minute)", async () =>
        {
            var state = await owner.GetRateLimitAsync(cancellationToken).ConfigureAwait(false);
            return $"{state.Remaining} of {state.Limit} requests left this minute";
        }).ConfigureAwait(false);
    }

    /// <summary>Succeeds when the call fails with <typeparamref name="TException"/>, describing what the API said.</summary>
    private static async Task<string> ExpectAsync<TException>(Func<Task> call)
        where TException : GuildhallApiException
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (TException exception)
        {
            return $"{(int?)exception.StatusCode} code {exception.ErrorCode}: {exception.ServerMessage}";
        }

        throw new InvalidOperationException($"The call succeeded where {typeof(TException).Name} was expected.");
    }
}
