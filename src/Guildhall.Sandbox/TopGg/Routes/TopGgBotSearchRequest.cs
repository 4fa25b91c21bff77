

using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// The query of <c>GET /bots</c>: <c>limit</c> (default 50, at most 500; larger values are capped), <c>offset</c>
/// (default 0), <c>sort</c>, <c>search</c> and <c>fields</c> (comma-separated, spaces allowed as topggpy sends them).
/// </summary>
internal sealed record TopGgBotSearchRequest(
    int Limit, int Offset, Comparison<TopGgBot> Order, TopGgBotSearchFilter Filter, IReadOnlySet<string>? Fields)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>Reads the query; on failure returns the message for a v0 400.</summary>
    public static (TopGgBotSearchRequest? Request, string? Error) Parse(IQueryCollection query)
    {
        if (!TryReadCount(query, "limit", DefaultLimit, out var limit) || !TryReadCount(query, "offset", 0, out var offset))
        {
            return (null, "limit and offset must be non-negative integers");
        }

        var order = TopGgBotSortOrder.Resolve(query["sort"]);
        if (order is null)
        {
            return (null, $"Cannot sort by '{query["sort"]}'. Sortable fields: {string.Join(", ", TopGgBotSortOrder.FieldNames)}");
        }

        var fields = ((string?)query["fields"])?
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
        return (new TopGgBotSearchRequest(
            Math.Min(limit, MaxLimit), offset, order, TopGgBotSearchFilter.Parse(query["search"]), fields is { Count: > 0 } ? fields : null), null);
    }

    private static bool TryReadCount(IQueryCollection query, string name, int fallback, out int value)
    {
        var text = (string?)query[name];
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
