

using Guildhall.Sandbox.Polympics.Wire;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary>
/// The server's <c>Paginate</c> dependency: 0-based <c>page</c>, <c>per_page</c> (default 20) with no bounds checked, so
/// <c>per_page=0</c> divides by zero and a negative value reaches the database as a negative OFFSET or LIMIT: all 500.
/// </summary>
internal static class PolympicsPagination
{
    public const long DefaultPerPage = 20;

    /// <summary>Reads <c>page</c> and <c>per_page</c>; the dependency is solved first, so its issues come first.</summary>
    public static (long Page, long PerPage) Read(PolympicsCall call) => (call.QueryInt("page", 0), call.QueryInt("per_page", DefaultPerPage));

    public static IResult Page<T>(IReadOnlyList<T> ordered, long page, long perPage, Func<T, JsonNode> write)
    {
        if (perPage <= 0 || page < 0)
        {
            return PolympicsResults.InternalError();
        }

        var total = ordered.Count;
        var pages = (total + perPage - 1) / perPage;
        var skip = page >= pages ? total : (int)(page * perPage);
        var data = new JsonArray([.. ordered.Skip(skip).Take((int)Math.Min(perPage, int.MaxValue)).Select(write)]);
        return PolympicsResults.Json(new JsonObject
        {
            ["page"] = page,
            ["per_page"] = perPage,
            ["pages"] = pages,
            ["results"] = total,
            ["data"] = data,
        });
    }
}
