using Guildhall.Polympics.Http;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Teams;

/// <summary>Reading and changing teams; only authenticated clients (app or user) have it.</summary>
public class PolympicsTeamsAdminClient : PolympicsTeamsClient
{
    internal PolympicsTeamsAdminClient(PolympicsConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected PolympicsTeamsAdminClient()
    {
    }

    /// <summary>Creates a team (<c>POST /teams/new</c>); needs <c>manage_teams</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<PolympicsTeam> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        return Connection.SendJsonAsync(HttpMethod.Post, "teams/new", "polympics.teams.create", PolympicsJsonContext.Default.PolympicsTeam,
            cancellationToken, PolympicsConnection.Json(new PolympicsNameBody(name), PolympicsJsonContext.Default.PolympicsNameBody));
    }

    /// <summary>Renames a team (<c>PATCH /team/{id}</c>); needs <c>manage_teams</c>, or a session of a member holding <c>manage_own_team</c>.</summary>
    /// <param name="id">The team's id.</param>
    /// <param name="name">The new name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<PolympicsTeam> UpdateAsync(int id, string name, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        return Connection.SendJsonAsync(HttpMethod.Patch, $"team/{PolympicsConnection.Id(id)}", "polympics.teams.update", PolympicsJsonContext.Default.PolympicsTeam,
            cancellationToken, PolympicsConnection.Json(new PolympicsNameBody(name), PolympicsJsonContext.Default.PolympicsNameBody));
    }

    /// <summary>
    /// Deletes a team (<c>DELETE /team/{id}</c>); its members are left without a team. Same permissions as
    /// <see cref="UpdateAsync"/>. The server cannot delete a team that awards were given for: it fails with a 500.
    /// </summary>
    /// <param name="id">The team's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task DeleteAsync(int id, CancellationToken cancellationToken = default) =>
        Connection.SendAsync(HttpMethod.Delete, $"team/{PolympicsConnection.Id(id)}", "polympics.teams.delete", cancellationToken);

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        PolympicsTextLimits.ThrowIfTooLong(name, PolympicsTextLimits.Text, nameof(name));
    }
}
