using System.Globalization;
using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Json;
using Guildhall.Osu.Json.Envelopes;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu;

/// <summary>Users: the token's owner, friends, profiles and every per-user list. Reached through <see cref="OsuClient.Users"/>.</summary>
public class OsuUsersClient : ApiSubClient
{
    /// <summary>The most ids <c>GET /users</c> takes per request; longer lists are split.</summary>
    public const int MaxIdsPerRequest = 50;

    /// <summary>What osu! charges per id of <c>GET /users</c> with variant statistics: three requests of the rate limit (one without).</summary>
    public const int VariantStatisticsCostPerId = 3;

    internal OsuUsersClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuUsersClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>The token's owner, with their statistics in every mode (<c>GET /me/{mode}</c>; scope <c>identify</c>, user tokens only).</summary>
    /// <param name="mode">The mode of <see cref="User.Statistics"/>; <see langword="null"/> means the user's main mode.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiForbiddenException">The session's token is a guest token or lacks <c>identify</c>.</exception>
    public virtual async Task<User> GetMeAsync(GameMode? mode = null, CancellationToken cancellationToken = default)
    {
        const string Operation = "osu.users.me";
        await Connection.EnsureScopeAsync(OsuScopes.Identify, Operation, cancellationToken).ConfigureAwait(false);
        return await Connection.GetAsync<User>(mode is { } m ? $"me/{m.ToApiName()}" : "me", Operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The token owner's friends (<c>GET /friends</c>; scope <c>friends.read</c>, user tokens only).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Sent with <c>x-api-version</c> of at least <see cref="OsuApiVersions.FriendRelations"/>, so the API answers relations.</remarks>
    public virtual async Task<IReadOnlyList<UserRelation>> GetFriendsAsync(CancellationToken cancellationToken = default)
    {
        const string Operation = "osu.users.friends";
        await Connection.EnsureScopeAsync(OsuScopes.FriendsRead, Operation, cancellationToken).ConfigureAwait(false);
        var version = Math.Max(Connection.Options.ApiVersion, OsuApiVersions.FriendRelations);
        return await Connection.GetAsync<IReadOnlyList<UserRelation>>("friends", Operation, cancellationToken, version).ConfigureAwait(false);
    }

    /// <summary>A user's profile by id (<c>GET /users/{id}/{mode}</c>).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="mode">The mode of <see cref="User.Statistics"/>; <see langword="null"/> means the user's main mode.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such user (or restricted).</exception>
    public virtual Task<User> GetAsync(long userId, GameMode? mode = null, CancellationToken cancellationToken = default) =>
        GetAsync(userId.ToString(CultureInfo.InvariantCulture), mode, UserLookupType.Id, cancellationToken);

    /// <summary>A user's profile by id or name (<c>GET /users/{user}/{mode}</c>).</summary>
    /// <param name="user">The id or the username.</param>
    /// <param name="mode">The mode of <see cref="User.Statistics"/>; <see langword="null"/> means the user's main mode.</param>
    /// <param name="lookup">How to read <paramref name="user"/>; usernames made of digits need <see cref="UserLookupType.Username"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such user (or restricted).</exception>
    public virtual Task<User> GetAsync(string user, GameMode? mode = null, UserLookupType lookup = UserLookupType.Auto, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        var segment = lookup switch
        {
            UserLookupType.Id when !user.All(char.IsAsciiDigit) => throw new ArgumentException($"\"{user}\" is not a user id.", nameof(user)),
            UserLookupType.Id or UserLookupType.Auto => Uri.EscapeDataString(user),
            UserLookupType.Username => "@" + Uri.EscapeDataString(user),
            _ => throw new ArgumentOutOfRangeException(nameof(lookup), lookup, null),
        };
        var path = "users/" + segment + (mode is { } m ? "/" + m.ToApiName() : "");
        return Connection.GetAsync<User>(path, "osu.users.get", cancellationToken);
    }

    /// <summary>
    /// Several users by id (<c>GET /users?ids[]=…</c>, split into requests of at most 50), with their statistics in every
    /// mode. osu! charges this call one request of the rate limit per id, three with variant statistics, and so does the
    /// client's budget; a request never costs more than <see cref="OsuClientOptions.RequestsPerMinute"/>, so with the
    /// default 60 a minute the ids go 50 at a time, or 20 at a time with variant statistics. A budget below three a minute
    /// cannot pay for even one id with variant statistics, so such a call is refused before anything is sent.
    /// </summary>
    /// <param name="userIds">The ids.</param>
    /// <param name="includeVariantStatistics">Whether osu!mania 4K/7K statistics are included (three times the cost).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The users found, in the API's order; unknown ids are left out.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="includeVariantStatistics"/> is set while <see cref="OsuClientOptions.RequestsPerMinute"/> is below
    /// <see cref="VariantStatisticsCostPerId"/>.
    /// </exception>
    public virtual async Task<IReadOnlyList<User>> GetManyAsync(IEnumerable<long> userIds, bool includeVariantStatistics = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var users = new List<User>();
        var costPerId = includeVariantStatistics ? VariantStatisticsCostPerId : 1;
        var budget = Connection.Options.RequestsPerMinute;
        if (budget < costPerId)
        {
            throw new ArgumentException(
                $"One id with variant statistics costs {costPerId} requests, more than the {budget} a minute of {nameof(OsuClientOptions)}.{nameof(OsuClientOptions.RequestsPerMinute)}: raise that option to at least {costPerId} or leave the variant statistics out.",
                nameof(includeVariantStatistics));
        }

        var idsPerRequest = Math.Min(budget / costPerId, MaxIdsPerRequest);
        foreach (var chunk in userIds.Distinct().Chunk(idsPerRequest))
        {
            var path = new QueryBuilder("users")
                .AddEach("ids[]", chunk.Select(id => id.ToString(CultureInfo.InvariantCulture)))
                .Add("include_variant_statistics", includeVariantStatistics ? true : null);
            var page = await Connection.GetAsync<UsersEnvelope>(path.ToString(), "osu.users.list", cancellationToken, cost: chunk.Length * costPerId).ConfigureAwait(false);
            users.AddRange(page.Users);
        }

        return users;
    }

    /// <summary>A user's scores: recent (with failures if asked), best, first places or pinned (<c>GET /users/{id}/scores/{type}</c>).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="type">Which list.</param>
    /// <param name="query">Mode, paging, failures and format; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    /// <remarks>The API serves at most the first 100 recent scores (and stops paging there).</remarks>
    public virtual AsyncPageable<Score> ListScoresAsync(long userId, UserScoreType type, UserScoresQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new UserScoresQuery();
        var operation = "osu.users.scores." + WireNames.Of(type);
        var version = Connection.ScoreVersion(query.Format);
        return OsuLists.ByOffset(query.Offset, query.PageSize, (offset, limit, token) =>
        {
            var path = new QueryBuilder($"users/{userId.ToString(CultureInfo.InvariantCulture)}/scores/{WireNames.Of(type)}")
                .Add("mode", query.Mode?.ToApiName())
                .Add("limit", limit)
                .Add("offset", offset)
                .Add("include_fails", type == UserScoreType.Recent && query.IncludeFails ? 1 : null)
                .Add("legacy_only", query.LegacyOnly ? 1 : null);
            return Connection.GetAsync<IReadOnlyList<Score>>(path.ToString(), operation, token, version);
        }, cancellationToken);
    }

    /// <summary>A user's beatmapsets of one kind (<c>GET /users/{id}/beatmapsets/{type}</c>).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="type">Which list.</param>
    /// <param name="pageSize">Sets per request (1 to 100).</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<Beatmapset> ListBeatmapsetsAsync(long userId, UserBeatmapsetType type, int pageSize = 100, CancellationToken cancellationToken = default) =>
        ListByOffset<Beatmapset>($"users/{userId.ToString(CultureInfo.InvariantCulture)}/beatmapsets/{WireNames.Of(type)}", "osu.users.beatmapsets", pageSize, cancellationToken);

    /// <summary>A user's most played beatmaps (<c>GET /users/{id}/beatmapsets/most_played</c>).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="pageSize">Entries per request (1 to 100).</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<BeatmapPlaycount> ListMostPlayedAsync(long userId, int pageSize = 100, CancellationToken cancellationToken = default) =>
        ListByOffset<BeatmapPlaycount>($"users/{userId.ToString(CultureInfo.InvariantCulture)}/beatmapsets/most_played", "osu.users.most_played", pageSize, cancellationToken);

    /// <summary>A user's recent activity (<c>GET /users/{id}/recent_activity</c>; the API keeps the last 100 events).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="pageSize">Events per request (1 to 100).</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<ActivityEvent> ListRecentActivityAsync(long userId, int pageSize = 100, CancellationToken cancellationToken = default) =>
        ListByOffset<ActivityEvent>($"users/{userId.ToString(CultureInfo.InvariantCulture)}/recent_activity", "osu.users.recent_activity", pageSize, cancellationToken);

    /// <summary>A user's kudosu history (<c>GET /users/{id}/kudosu</c>).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="pageSize">Entries per request (1 to 100).</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<KudosuHistory> ListKudosuHistoryAsync(long userId, int pageSize = 100, CancellationToken cancellationToken = default) =>
        ListByOffset<KudosuHistory>($"users/{userId.ToString(CultureInfo.InvariantCulture)}/kudosu", "osu.users.kudosu", pageSize, cancellationToken);

    private AsyncPageable<T> ListByOffset<T>(string path, string operation, int pageSize, CancellationToken cancellationToken) =>
        OsuLists.ByOffset(0, pageSize, (offset, limit, token) =>
            Connection.GetAsync<IReadOnlyList<T>>(new QueryBuilder(path).Add("limit", limit).Add("offset", offset).ToString(), operation, token), cancellationToken);
}
