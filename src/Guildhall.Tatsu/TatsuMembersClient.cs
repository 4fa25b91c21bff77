using Guildhall.Core;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core.Errors;
using Guildhall.Tatsu.Json;
using Guildhall.Tatsu.Models;

namespace Guildhall.Tatsu;

/// <summary>
/// A guild member's points (the server's own currency) and score. Reach it through <see cref="TatsuClient.Members"/>.
/// Reading needs the key's owner to be a member of the guild; changing needs Manage Server there (or ownership).
/// </summary>
/// <remarks>
/// A change is a PATCH, which is not idempotent: it is repeated only after a 429 (when the API did nothing), never
/// after a 5xx, a timeout or a dropped connection, where it may already have been applied. A change answered with 204
/// returns null: it was applied, but the API sent no state back. An <see cref="ApiInvalidResponseException"/> from a
/// change means the API accepted it (2xx) but its answer was unreadable: do not send it again.
/// </remarks>
public partial class TatsuMembersClient : ApiSubClient
{
    internal TatsuMembersClient(TatsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking only.</summary>
    protected TatsuMembersClient()
    {
    }

    private TatsuConnection Connection => GetConnection<TatsuConnection>();

    /// <summary>Gets a member's points and rank (<c>GET /guilds/{guild_id}/members/{user_id}/points</c>).</summary>
    /// <param name="guildId">The guild's id.</param>
    /// <param name="userId">The member's user id.</param>
    /// <param name="cancellationToken">Cancels the call, including a wait for a rate-limit slot.</param>
    /// <exception cref="ArgumentOutOfRangeException">An id is 0.</exception>
    /// <exception cref="ApiNotFoundException">
    /// The guild is unknown, or the user is not a member (<see cref="TatsuErrorCodes.UnknownGuildMember"/>).
    /// </exception>
    /// <exception cref="ApiForbiddenException">The key's owner is not a member of the guild.</exception>
    public virtual Task<TatsuMemberPoints> GetPointsAsync(ulong guildId, ulong userId, CancellationToken cancellationToken = default) =>
        Connection.GetAsync(
            TatsuPaths.Points(guildId, userId), "tatsu.members.points.get", TatsuJsonContext.Default.TatsuMemberPoints, cancellationToken);

    /// <summary>Adds or removes points in one request (<c>PATCH /guilds/{guild_id}/members/{user_id}/points</c>).</summary>
    /// <param name="guildId">The guild's id.</param>
    /// <param name="userId">The member's user id.</param>
    /// <param name="action">Add or remove; a removal stops at zero.</param>
    /// <param name="amount">1 to 100,000 (<see cref="TatsuDefaults.MaxChangeAmount"/>); use <see cref="AdjustPointsAsync"/> for more.</param>
    /// <param name="cancellationToken">Cancels the call, including a wait for a rate-limit slot.</param>
    /// <returns>The member's points afterwards, or null when the API answered 204 without them.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An id is 0, the action undefined or the amount out of range; nothing was sent.</exception>
    /// <exception cref="ApiForbiddenException">The key's owner is not a member of the guild, or lacks Manage Server there.</exception>
    /// <exception cref="ApiNotFoundException">The guild is unknown, or the user is not a member.</exception>
    public virtual Task<TatsuMemberPoints?> ChangePointsAsync(
        ulong guildId, ulong userId, TatsuChangeAction action, int amount, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            TatsuPaths.Points(guildId, userId), "tatsu.members.points.change", action, amount, TatsuJsonContext.Default.TatsuMemberPoints, cancellationToken);

    /// <summary>Adds points in one request; see <see cref="ChangePointsAsync"/>.</summary>
    /// <param name="guildId">The guild's id.</param>
    /// <param name="userId">The member's user id.</param>
    /// <param name="amount">1 to 100,000.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member's points afterwards, or null when the API answered 204.</returns>
    public virtual Task<TatsuMemberPoints?> AddPointsAsync(ulong guildId, ulong userId, int amount, CancellationToken cancellationToken = default) =>
        ChangePointsAsync(guildId, userId, TatsuChangeAction.Add, amount, cancellationToken);

    /// <summary>Removes points in one request (stopping at zero); see <see cref="ChangePointsAsync"/>.</summary>
    /// <param name="guildId">The guild's id.</param>
    /// <param name="userId">The member's user id.</param>
    /// <param name="amount">1 to 100,000.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member's points afterwards, or null when the API answered 204.</returns>
    public virtual Task<TatsuMemberPoints?> RemovePointsAsync(ulong guildId, ulong userId, int amount, CancellationToken cancellationToken = default) =>
        ChangePointsAsync(guildId, userId, TatsuChangeAction.Remove, amount, cancellationToken);

    /// <summary>Adds or removes score in one request (<c>PATCH /guilds/{guild_id}/members/{user_id}/score</c>).</summary>
    /// <param name="guildId">The guild's id.</param>
    /// <param name="userId">The member's user id.</param>
    /// <param name="action">Add or remove; a removal stops at zero.</param>
    /// <param name="amount">1 to 100,000 (<see cref="TatsuDefaults.MaxChangeAmount"/>); use <see cref="AdjustScoreAsync"/> for more.</param>
    /// <param name="cancellationToken">Cancels the call, including a wait for a rate-limit slot.</param>
    /// <returns>The member's all-time score afterwards, or null when the API answered 204 without it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An id is 0, the action undefined or the amount out of range; nothing was sent.</exception>
    /// <exception cref="ApiForbiddenException">The key's owner is not a member of the guild, or lacks Manage Server there.</exception>
    /// <exception cref="ApiNotFoundException">The guild is unknown, or the user is not a member.</exception>
    public virtual Task<TatsuMemberScore?> ChangeScoreAsync(
        ulong guildId, ulong userId, TatsuChangeAction action, int amount, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            TatsuPaths.Score(guildId, userId), "tatsu.members.score.change", action, amount, TatsuJsonContext.Default.TatsuMemberScore, cancellationToken);

    /// <summary>Adds score in one request; see <see cref="ChangeScoreAsync"/>.</summary>
    /// <param name="guildId">The guild's id.</param>
    /// <param name="userId">The member's user id.</param>
    /// <param name="amount">1 to 100,000.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member's score afterwards, or null when the API answered 204.</returns>
    public virtual Task<TatsuMemberScore?> AddScoreAsync(ulong guildId, ulong userId, int amount, CancellationToken cancellationToken = default) =>
        ChangeScoreAsync(guildId, userId, TatsuChangeAction.Add, amount, cancellationToken);

    /// <summary>Removes score in one request (stopping at zero); see <see cref="ChangeScoreAsync"/>.</summary>
    /// <param name="guildId">The guild's id.</param>
    /// <param name="userId">The member's user id.</param>
    /// <param name="amount">1 to 100,000.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member's score afterwards, or null when the API answered 204.</returns>
    public virtual Task<TatsuMemberScore?> RemoveScoreAsync(ulong guildId, ulong userId, int amount, CancellationToken cancellationToken = default) =>
        ChangeScoreAsync(guildId, userId, TatsuChangeAction.Remove, amount, cancellationToken);

    /// <summary>Checks the change before anything is sent, then sends it.</summary>
    private Task<T?> ChangeAsync<T>(
        string path, string operation, TatsuChangeAction action, int amount, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class, IKeepsRawJson
    {
        ValidateChange(action, amount);
        return Connection.PatchAsync(path, operation, action, amount, typeInfo, cancellationToken);
    }

    private static void ValidateChange(TatsuChangeAction action, int amount)
    {
        if (action is not (TatsuChangeAction.Add or TatsuChangeAction.Remove))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "The action must be Add or Remove.");
        }

        if (amount is < TatsuDefaults.MinChangeAmount or > TatsuDefaults.MaxChangeAmount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(amount), amount, "Tatsu accepts 1 to 100,000 per change; the direction is the action. Adjust*Async splits larger totals.");
        }
    }
}
