namespace Guildhall.Sandbox.TopGg.State;

/// <summary>Word lists the seeded bots and users are composed from.</summary>
internal static class TopGgSeedVocabulary
{
    public static readonly string[] Adjectives =
    [
        "Amber", "Arcane", "Astral", "Brave", "Bright", "Cosmic", "Crimson", "Dusty", "Echo", "Ember", "Frosty",
        "Gilded", "Glitch", "Happy", "Hollow", "Iron", "Jolly", "Lucky", "Lunar", "Mellow", "Misty", "Neon", "Noble",
        "Pixel", "Quiet", "Rapid", "Rusty", "Silver", "Solar", "Stormy", "Swift", "Tiny", "Velvet", "Wild", "Zesty",
    ];

    public static readonly string[] Nouns =
    [
        "Badger", "Bard", "Beacon", "Comet", "Critter", "Dragon", "Falcon", "Fox", "Golem", "Griffin", "Harbor", "Keeper",
        "Knight", "Lynx", "Maple", "Marmot", "Moth", "Otter", "Owl", "Panda", "Pilot", "Quill", "Raven", "Sprout",
        "Tamer", "Tortoise", "Warden", "Whale", "Wizard", "Yeti",
    ];

    public static readonly string[] Features =
    [
        "music from a dozen sources", "moderation with auto-mod and case logs", "levels, ranks and role rewards",
        "an economy with shops and daily rewards", "trivia and mini games", "reaction roles and welcome cards",
        "giveaways and polls", "anime and manga lookups", "tickets for your support team", "server statistics",
        "Minecraft server status", "reminders and timers", "custom commands", "memes and image effects",
        "starboard and logging", "Twitch and YouTube alerts", "birthday announcements", "pet collecting",
    ];

    public static readonly string[] Tags =
    [
        "anime", "customizable-behavior", "economy", "fun", "game", "leveling", "logging", "meme", "moderation",
        "multifunctional", "music", "role-management", "roleplay", "social", "utility", "web-dashboard", "minecraft",
        "giveaways", "tickets", "stream",
    ];

    public static readonly string[] Prefixes = ["/", "!", "?", ".", "$", "-", ">", "+", "~", "b!", "m!", "%"];

    /// <summary>Libraries the deprecated <c>lib</c> field named; recent bots leave it empty.</summary>
    public static readonly string[] Libraries =
        ["discord.js", "discord.py", "Discord.Net", "DSharpPlus", "JDA", "Eris", "serenity", "discordgo"];

    public static readonly string[] UserNames =
    [
        "aster", "blink", "cobalt", "daisy", "ember", "fable", "gale", "haze", "indigo", "juniper", "kite", "lumen",
        "mirth", "nova", "onyx", "pebble", "quartz", "rune", "sable", "thistle", "umber", "vesper", "willow", "xeno",
        "yarrow", "zephyr",
    ];
}
