using System.Text.RegularExpressions;
using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// The deprecated <c>search</c> parameter of <c>GET /bots</c>, in both client dialects: topggpy's
/// <c>"username: Music Bot lib: discord.js"</c> and top.py's <c>"username: Music Bot, lib: discord.js"</c>. A value runs
/// until the next known <c>field:</c>; text before the first field searches names and short descriptions.
/// </summary>
internal sealed partial class TopGgBotSearchFilter
{
    private static readonly Dictionary<string, Func<TopGgBot, string, bool>> Matchers =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = (b, v) => Id(b.Id) == v,
            ["clientid"] = (b, v) => Id(b.ClientId) == v,
            ["username"] = (b, v) => Contains(b.Username, v),
            ["prefix"] = (b, v) => Contains(b.Prefix, v),
            ["shortdesc"] = (b, v) => Contains(b.ShortDescription, v),
            ["longdesc"] = (b, v) => Contains(b.LongDescription, v),
            ["lib"] = (b, v) => Contains(b.Lib, v),
            ["tags"] = (b, v) => b.Tags.Any(t => Contains(t, v)),
            ["owners"] = (b, v) => b.Owners.Any(o => Id(o) == v),
            ["website"] = (b, v) => Contains(b.Website, v),
            ["support"] = (b, v) => Contains(b.Support, v),
            ["github"] = (b, v) => Contains(b.Github, v),
            ["vanity"] = (b, v) => Contains(b.Vanity, v),
            ["certifiedBot"] = (b, v) => bool.TryParse(v, out var c) && b.Certified == c,
            ["points"] = (b, v) => Number(v) == b.Points,
            ["monthlyPoints"] = (b, v) => Number(v) == b.MonthlyPoints,
            ["server_count"] = (b, v) => Number(v) is { } n && n == b.Stats.ServerCount,
            ["shard_count"] = (b, v) => Number(v) is { } n && n == b.Stats.ShardCount,
        };

    private readonly List<(Func<TopGgBot, string, bool> Match, string Value)> _terms = [];
    private string _freeText = "";

    public static TopGgBotSearchFilter Parse(string? search)
    {
        var filter = new TopGgBotSearchFilter();
        if (string.IsNullOrWhiteSpace(search))
        {
            return filter;
        }

        var keys = FieldKey().Matches(search).Where(m => Matchers.ContainsKey(m.Groups["field"].Value)).ToList();
        filter._freeText = CleanValue(keys.Count == 0 ? search : search[..keys[0].Index]);
        for (var i = 0; i < keys.Count; i++)
        {
            var start = keys[i].Index + keys[i].Length;
            var end = i + 1 < keys.Count ? keys[i + 1].Index : search.Length;
            filter._terms.Add((Matchers[keys[i].Groups["field"].Value], CleanValue(search[start..end])));
        }

        return filter;
    }

    public bool Matches(TopGgBot bot) =>
        (_freeText.Length == 0 || Contains(bot.Username, _freeText) || Contains(bot.ShortDescription, _freeText))
        && _terms.All(t => t.Match(bot, t.Value));

    private static string CleanValue(string raw) => raw.Trim().TrimEnd(',').Trim();

    private static bool Contains(string haystack, string needle) =>
        haystack.Contains(needle, StringComparison.OrdinalIgnoreCase);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static long? Number(string value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"(?<field>[A-Za-z_]+):", RegexOptions.CultureInvariant)]
    private static partial Regex FieldKey();
}
