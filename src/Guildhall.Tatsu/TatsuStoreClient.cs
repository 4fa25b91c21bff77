using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Tatsu.Json;
using Guildhall.Tatsu.Models;

namespace Guildhall.Tatsu;

/// <summary>The Tatsu store. Reach it through <see cref="TatsuClient.Store"/>.</summary>
public class TatsuStoreClient : ApiSubClient
{
    internal TatsuStoreClient(TatsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking only.</summary>
    protected TatsuStoreClient()
    {
    }

    private TatsuConnection Connection => GetConnection<TatsuConnection>();

    /// <summary>Gets a store listing (<c>GET /store/listings/{listing_id}</c>).</summary>
    /// <param name="listingId">The listing's id, for example <c>furni_1x1_antique_chair</c>.</param>
    /// <param name="cancellationToken">Cancels the call, including a wait for a rate-limit slot.</param>
    /// <exception cref="ArgumentException"><paramref name="listingId"/> is empty.</exception>
    /// <exception cref="ApiNotFoundException">No listing has that id.</exception>
    public virtual Task<TatsuStoreListing> GetListingAsync(string listingId, CancellationToken cancellationToken = default) =>
        Connection.GetAsync(
            TatsuPaths.StoreListing(listingId), "tatsu.store.listings.get", TatsuJsonContext.Default.TatsuStoreListing, cancellationToken);
}
