namespace Guildhall.Osu.Mods;

/// <summary>
/// Mods as stable's bit flags (API v1, replays, the <c>mods</c> integer of the attributes endpoint). The API v2 answers
/// with acronyms; <see cref="ModConverter"/> converts between the two.
/// </summary>
[Flags]
public enum LegacyMods : long
{
    /// <summary>No mods.</summary>
    None = 0,

    /// <summary>NF.</summary>
    NoFail = 1,

    /// <summary>EZ.</summary>
    Easy = 1 << 1,

    /// <summary>TD.</summary>
    TouchDevice = 1 << 2,

    /// <summary>HD.</summary>
    Hidden = 1 << 3,

    /// <summary>HR.</summary>
    HardRock = 1 << 4,

    /// <summary>SD.</summary>
    SuddenDeath = 1 << 5,

    /// <summary>DT.</summary>
    DoubleTime = 1 << 6,

    /// <summary>RX.</summary>
    Relax = 1 << 7,

    /// <summary>HT.</summary>
    HalfTime = 1 << 8,

    /// <summary>NC; stable always sets <see cref="DoubleTime"/> with it.</summary>
    Nightcore = 1 << 9,

    /// <summary>FL.</summary>
    Flashlight = 1 << 10,

    /// <summary>AT.</summary>
    Autoplay = 1 << 11,

    /// <summary>SO.</summary>
    SpunOut = 1 << 12,

    /// <summary>AP (stable's "Relax2").</summary>
    Autopilot = 1 << 13,

    /// <summary>PF; stable always sets <see cref="SuddenDeath"/> with it.</summary>
    Perfect = 1 << 14,

    /// <summary>4K.</summary>
    Key4 = 1 << 15,

    /// <summary>5K.</summary>
    Key5 = 1 << 16,

    /// <summary>6K.</summary>
    Key6 = 1 << 17,

    /// <summary>7K.</summary>
    Key7 = 1 << 18,

    /// <summary>8K.</summary>
    Key8 = 1 << 19,

    /// <summary>FI.</summary>
    FadeIn = 1 << 20,

    /// <summary>RD.</summary>
    Random = 1 << 21,

    /// <summary>CN.</summary>
    Cinema = 1 << 22,

    /// <summary>TP.</summary>
    Target = 1 << 23,

    /// <summary>9K.</summary>
    Key9 = 1 << 24,

    /// <summary>Co-op (two stages); lazer calls it DS, dual stages.</summary>
    KeyCoop = 1 << 25,

    /// <summary>1K.</summary>
    Key1 = 1 << 26,

    /// <summary>3K.</summary>
    Key3 = 1 << 27,

    /// <summary>2K.</summary>
    Key2 = 1 << 28,

    /// <summary>SV2.</summary>
    ScoreV2 = 1 << 29,

    /// <summary>MR.</summary>
    Mirror = 1 << 30,
}
