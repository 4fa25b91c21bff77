using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Polympics.Http;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Awards;

/// <summary>Reading, changing, giving and taking awards; only authenticated clients have it. Every change needs <c>manage_awards</c>.</summary>
public class PolympicsAwardsAdminClient : PolympicsAwardsClient
{
    internal PolympicsAwardsAdminClient(PolympicsConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected PolympicsAwardsAdminClient()
    {
    }

    /// <summary>Creates an award and gives it to its accounts (<c>POST /awards/new</c>).</summary>
    /// <param name="award">The award.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The title is over 32 characters or the image URL over 512 (the server would fail with a 500).</exception>
    public virtual Task<PolympicsAward> CreateAsync(PolympicsNewAward award, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(award);
        award.Validate();
        return Connection.SendJsonAsync(HttpMethod.Post, "awards/new", "polympics.awards.create", PolympicsJsonContext.Default.PolympicsAward,
            cancellationToken, PolympicsConnection.Json(award, PolympicsJsonContext.Default.PolympicsNewAward));
    }

    /// <summary>Changes an award (<c>PATCH /award/{id}</c>); only the fields set are sent.</summary>
    /// <param name="id">The award's id.</param>
    /// <param name="update">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<PolympicsAward> UpdateAsync(int id, PolympicsAwardUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        update.Validate();
        return Connection.SendJsonAsync(HttpMethod.Patch, $"award/{PolympicsConnection.Id(id)}", "polympics.awards.update", PolympicsJsonContext.Default.PolympicsAward,
            cancellationToken, PolympicsConnection.Json(update, PolympicsJsonContext.Default.PolympicsAwardUpdate));
    }

    /// <summary>Deletes an award; its holders lose it (<c>DELETE /award/{id}</c>).</summary>
    /// <param name="id">The award's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task DeleteAsync(int id, CancellationToken cancellationToken = default) =>
        Connection.SendAsync(HttpMethod.Delete, $"award/{PolympicsConnection.Id(id)}", "polympics.awards.delete", cancellationToken);

    /// <summary>Gives an award to an account (<c>PUT /account/{account}/award/{award}</c>).</summary>
    /// <param name="awardId">The award's id.</param>
    /// <param name="accountId">The account's Discord id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when newly given (201), <see langword="false"/> when the account already held it (208).</returns>
    public virtual async Task<bool> GiveAsync(int awardId, ulong accountId, CancellationToken cancellationToken = default)
    {
        var response = await Connection.SendAsync(HttpMethod.Put, AwardeePath(awardId, accountId), "polympics.awards.give", cancellationToken).ConfigureAwait(false);
        return response.StatusCode != HttpStatusCode.AlreadyReported;
    }

    /// <summary>Takes an award from an account (<c>DELETE /account/{account}/award/{award}</c>).</summary>
    /// <param name="awardId">The award's id.</param>
    /// <param name="accountId">The account's Discord id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when taken (204), <see langword="false"/> when the account did not hold it (the server's body-less 404).</returns>
    public virtual async Task<bool> TakeAsync(int awardId, ulong accountId, CancellationToken cancellationToken = default)
    {
        try
        {
            await Connection.SendAsync(HttpMethod.Delete, AwardeePath(awardId, accountId), "polympics.awards.take", cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ApiNotFoundException exception) when (exception.RawBody is null)
        {
            // A 404 with a body is something else (a wrong base address gets {"detail":"Not Found"}) and stays an error.
            return false;
        }
    }

    private static string AwardeePath(int awardId, ulong accountId) =>
        $"account/{PolympicsConnection.Id(accountId)}/award/{PolympicsConnection.Id(awardId)}";
}
