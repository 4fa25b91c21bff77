using Guildhall.Core;
using System.Globalization;
using Guildhall.TopGg.Http;
using Guildhall.TopGg.Json;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg;

/// <summary>v0 user routes. Reach it through <see cref="TopGgClient.Users"/>.</summary>
public class TopGgUsersClient : ApiSubClient
{
    internal TopGgUsersClient(TopGgConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected TopGgUsersClient()
    {
    }

    /// <summary>Gets a user's Top.gg profile (<c>GET /users/{id}</c>).</summary>
    /// <param name="userId">The user's Discord id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Guildhall.Core.Errors.ApiNotFoundException">The user is unknown, or (today, for every user) the route is gone.</exception>
    [Obsolete("Top.gg no longer serves user profiles: the route answers 404 for every user (topggpy 2.0 deprecated it). Kept for parity with topggpy 1.4 and top.py.")]
    public virtual Task<TopGgUser> GetAsync(ulong userId, CancellationToken cancellationToken = default)
    {
        var connection = GetConnection<TopGgConnection>();
        var request = connection.Create(HttpMethod.Get, "users/" + userId.ToString(CultureInfo.InvariantCulture), "users.get", TopGgRoute.Global);
        return connection.SendJsonAsync(request, TopGgJsonContext.Default.TopGgUser, cancellationToken);
    }
}
