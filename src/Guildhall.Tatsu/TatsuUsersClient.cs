using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Tatsu.Json;
using Guildhall.Tatsu.Models;

namespace Guildhall.Tatsu;

/// <summary>User profiles. Reach it through <see cref="TatsuClient.Users"/>.</summary>
public class TatsuUsersClient : ApiSubClient
{
    internal TatsuUsersClient(TatsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking only.</summary>
    protected TatsuUsersClient()
    {
    }

    private TatsuConnection Connection => GetConnection<TatsuConnection>();

    /// <summary>Gets a user's Tatsu profile (<c>GET /users/{user_id}/profile</c>).</summary>
    /// <param name="userId">The user's Discord id.</param>
    /// <param name="cancellationToken">Cancels the call, including a wait for a rate-limit slot.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="userId"/> is 0.</exception>
    /// <exception cref="ApiNotFoundException">Tatsu does not know the user.</exception>
    /// <exception cref="ApiUnauthorizedException">The API key is wrong.</exception>
    /// <exception cref="ApiRateLimitedException">The key's budget stayed exhausted longer than the call may wait.</exception>
    public virtual Task<TatsuUserProfile> GetProfileAsync(ulong userId, CancellationToken cancellationToken = default) =>
        Connection.GetAsync(
            TatsuPaths.Profile(userId), "tatsu.users.profile.get", TatsuJsonContext.Default.TatsuUserProfile, cancellationToken);
}
