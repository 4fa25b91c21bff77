namespace Guildhall.Osu.Models;

/// <summary>Conversions between <see cref="GameMode"/>, the API's mode names and its numeric ruleset ids.</summary>
public static class GameModes
{
    /// <summary>The name the API uses in paths and query strings: <c>osu</c>, <c>taiko</c>, <c>fruits</c>, <c>mania</c>.</summary>
    /// <param name="mode">A known mode.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is <see cref="GameMode.Unknown"/> or undefined.</exception>
    public static string ToApiName(this GameMode mode) => mode switch
    {
        GameMode.Osu => "osu",
        GameMode.Taiko => "taiko",
        GameMode.Fruits => "fruits",
        GameMode.Mania => "mania",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Only osu, taiko, fruits and mania can be sent to the API."),
    };

    /// <summary>The numeric ruleset id (0 to 3) the API uses in <c>ruleset_id</c>, <c>mode_int</c> and the search filter <c>m</c>.</summary>
    /// <param name="mode">A known mode.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is <see cref="GameMode.Unknown"/> or undefined.</exception>
    public static int ToRulesetId(this GameMode mode) => mode switch
    {
        GameMode.Osu => 0,
        GameMode.Taiko => 1,
        GameMode.Fruits => 2,
        GameMode.Mania => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Only osu, taiko, fruits and mania have a ruleset id."),
    };

    /// <summary>The mode of a numeric ruleset id; ids this version does not know give <see cref="GameMode.Unknown"/>.</summary>
    /// <param name="rulesetId">The ruleset id.</param>
    public static GameMode FromRulesetId(int rulesetId) => rulesetId switch
    {
        0 => GameMode.Osu,
        1 => GameMode.Taiko,
        2 => GameMode.Fruits,
        3 => GameMode.Mania,
        _ => GameMode.Unknown,
    };
}
