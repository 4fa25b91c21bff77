using Guildhall.Core.Paging;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Http;

/// <summary>Polympics searches as Core pageables: page numbers from 0, ending at the last page the server counts.</summary>
internal static class PolympicsPaging
{
    public static AsyncPageable<T> List<T>(int perPage, Func<int, CancellationToken, Task<PolympicsPage<T>>> fetchPage, CancellationToken cancellationToken)
    {
        PolympicsConnection.ValidatePaging(0, perPage);
        return AsyncPageable.ByPosition<T>(
            0,
            async (page, token) =>
            {
                var result = await fetchPage(page, token).ConfigureAwait(false);
                return (result.Data, result.HasNextPage ? page + 1 : null);
            },
            cancellationToken);
    }
}
