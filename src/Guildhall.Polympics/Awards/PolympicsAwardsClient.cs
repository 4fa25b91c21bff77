using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Polympics.Http;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Awards;

/// <summary>Reading awards. Every client has it as <c>client.Awards</c>.</summary>
public class PolympicsAwardsClient : ApiSubClient
{
    internal PolympicsAwardsClient(PolympicsConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected PolympicsAwardsClient()
    {
    }

    private protected PolympicsConnection Connection => GetConnection<PolympicsConnection>();

    /// <summary>An award with its holders and its team (<c>GET /award/{id}</c>).</summary>
    /// <param name="id">The award's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ApiValidationException">No such award: the server answers 422 "Award not found.", not 404.</exception>
    public virtual Task<PolympicsAwardDetails> GetAsync(int id, CancellationToken cancellationToken = default) =>
        Connection.GetPublicAsync($"award/{PolympicsConnection.Id(id)}", "polympics.awards.get", PolympicsJsonContext.Default.PolympicsAwardDetails, cancellationToken);
}
