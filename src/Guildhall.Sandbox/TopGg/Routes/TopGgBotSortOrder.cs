

using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// The <c>sort</c> parameter of <c>GET /bots</c>: a field name, ascending, or descending with a <c>-</c> prefix. Without
/// one, bots come by this month's votes (Top.gg orders by vote momentum). Ties fall back to the id so pages are stable.
/// </summary>
internal static class TopGgBotSortOrder
{
    private static readonly Dictionary<string, Comparison<TopGgBot>> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = (a, b) => a.Id.CompareTo(b.Id),
        ["clientid"] = (a, b) => a.ClientId.CompareTo(b.ClientId),
        ["username"] = (a, b) => string.Compare(a.Username, b.Username, StringComparison.OrdinalIgnoreCase),
        ["discriminator"] = (a, b) => string.CompareOrdinal(a.Discriminator, b.Discriminator),
        ["prefix"] = (a, b) => string.CompareOrdinal(a.Prefix, b.Prefix),
        ["shortdesc"] = (a, b) => string.Compare(a.ShortDescription, b.ShortDescription, StringComparison.OrdinalIgnoreCase),
        ["lib"] = (a, b) => string.Compare(a.Lib, b.Lib, StringComparison.OrdinalIgnoreCase),
        ["date"] = (a, b) => a.SubmittedAt.CompareTo(b.SubmittedAt),
        ["certifiedBot"] = (a, b) => a.Certified.CompareTo(b.Certified),
        ["points"] = (a, b) => a.Points.CompareTo(b.Points),
        ["monthlyPoints"] = (a, b) => a.MonthlyPoints.CompareTo(b.MonthlyPoints),
        ["server_count"] = (a, b) => (a.Stats.ServerCount ?? -1).CompareTo(b.Stats.ServerCount ?? -1),
        ["shard_count"] = (a, b) => (a.Stats.ShardCount ?? -1).CompareTo(b.Stats.ShardCount ?? -1),
    };

    private static readonly Comparison<TopGgBot> Momentum = (a, b) =>
        b.MonthlyPoints != a.MonthlyPoints ? b.MonthlyPoints.CompareTo(a.MonthlyPoints) : b.Points.CompareTo(a.Points);

    public static IEnumerable<string> FieldNames => Fields.Keys;

    /// <summary>Resolves <paramref name="sort"/>; <see langword="null"/> if it names no sortable field.</summary>
    public static Comparison<TopGgBot>? Resolve(string? sort)
    {
        if (string.IsNullOrEmpty(sort))
        {
            return ThenById(Momentum);
        }

        var descending = sort.StartsWith('-');
        if (!Fields.TryGetValue(descending ? sort[1..] : sort, out var field))
        {
            return null;
        }

        return ThenById(descending ? (a, b) => field(b, a) : field);
    }

    private static Comparison<TopGgBot> ThenById(Comparison<TopGgBot> primary) =>
        (a, b) => primary(a, b) is var order and not 0 ? order : a.Id.CompareTo(b.Id);
}
