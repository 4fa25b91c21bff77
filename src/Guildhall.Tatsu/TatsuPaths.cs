using System.Globalization;
using Guildhall.Tatsu.Models;

namespace Guildhall.Tatsu;

/// <summary>The API's routes, relative to <c>/v1/</c>, and the checks on what goes into them.</summary>
internal static class TatsuPaths
{
    public static string Profile(ulong userId) =>
        Format($"users/{Id(userId, nameof(userId))}/profile");

    public static string MemberRanking(ulong guildId, ulong userId, TatsuTimeframe timeframe) =>
        Format($"guilds/{Id(guildId, nameof(guildId))}/rankings/members/{Id(userId, nameof(userId))}/{Segment(timeframe)}");

    public static string GuildRankings(ulong guildId, TatsuTimeframe timeframe, int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return Format($"guilds/{Id(guildId, nameof(guildId))}/rankings/{Segment(timeframe)}?offset={offset}");
    }

    public static string Points(ulong guildId, ulong userId) =>
        Format($"guilds/{Id(guildId, nameof(guildId))}/members/{Id(userId, nameof(userId))}/points");

    public static string Score(ulong guildId, ulong userId) =>
        Format($"guilds/{Id(guildId, nameof(guildId))}/members/{Id(userId, nameof(userId))}/score");

    public static string StoreListing(string listingId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(listingId);
        return "store/listings/" + Uri.EscapeDataString(listingId);
    }

    /// <summary>The timeframe's path segment; an undefined value is refused before anything is sent.</summary>
    public static string Segment(TatsuTimeframe timeframe) => timeframe switch
    {
        TatsuTimeframe.AllTime => "all",
        TatsuTimeframe.Month => "month",
        TatsuTimeframe.Week => "week",
        _ => throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "The timeframe must be AllTime, Month or Week."),
    };

    /// <summary>Snowflakes are never 0; a 0 is an id that was never filled in.</summary>
    private static ulong Id(ulong id, string name)
    {
        ArgumentOutOfRangeException.ThrowIfZero(id, name);
        return id;
    }

    private static string Format(FormattableString path) => path.ToString(CultureInfo.InvariantCulture);
}
