namespace Guildhall.Sandbox.Osu.State;

/// <summary>Invented songs for the seeded beatmapsets: artists, titles, sources, tags and difficulty names.</summary>
internal static class OsuSongCatalog
{
    /// <summary>Artists; the first is <see cref="OsuSandboxSeed.FeaturedArtist"/>.</summary>
    public static IReadOnlyList<string> Artists { get; } =
    [
        OsuSandboxSeed.FeaturedArtist, "Kagerou Drive", "Paper Satellites", "Mirabel Lune", "Neon Harbor", "Hollow Pines",
        "Sora Amane", "Clockwork Finch", "Luma Vale", "The Quiet Static", "Aoi Kurogane", "Riverglass", "Fennec Parade",
        "Ember & Ash", "Yuzu Lantern", "Nova Mirage", "Static Orchard", "Kitsune Relay", "Cobalt Avenue", "Mika Hoshizora",
        "Tidal Bloom", "Glass Cathedral", "Peach Machine", "Lowlight Club", "Starfall Atlas", "Honey Rocket",
        "Iris Monolith", "Chiyo Sakuraba", "Drift Theory", "Moonlit Arcade",
    ];

    /// <summary>Titles; those of the featured artist come first.</summary>
    public static IReadOnlyList<string> Titles { get; } =
    [
        "Afterglow Circuit", "Seventeen Lanterns", "Glass Heart Parade", "Midnight Tramline", "Overdrive Garden",
        "Summer Signal Fire", "Falling Upward", "Static Bloom", "Neon Lullaby", "Harbor Lights Remain", "Orbit of Ice",
        "Velocity Dreamer", "Lost in the Arcade", "Tangerine Skies", "Chasing Comets Home", "Silver Thread",
        "Echoes of Rain", "Crimson Kite", "Wildfire Waltz", "Clockwork Heartbeat", "Sunday Satellite", "Emerald Static",
        "North Star Letter", "Hyperlink Romance", "Ghost in the Jukebox", "Skyline Sprint", "Lantern Festival Night",
        "Monochrome Mirage", "Daybreak Drive", "Cold Brew Sunrise", "Parallel Lines of Light", "Kaleidoscope Heart",
        "Snowglobe City", "Rooftop Radio", "Firefly Code", "Origami Stars", "Blue Hour Ferry", "Night Market Neon",
        "Quartz Garden", "Resonant Cascade", "Pinwheel Summer", "Rainy Platform Seven", "Sugar Rush Hour",
        "Aurora Engine", "Tidewater", "Velvet Sky Runner", "Pixel Heart Overture", "Gravity Well", "Meteor Shower Club",
        "Cinder Song", "Lucid Drive Home", "Moth to the Lamp", "Hologram Summer", "Into the Deep End", "Paper Plane Pilot",
        "Wavelength Theory", "Northern Line Express", "Zero Gravity Dance", "Starlit Crossing", "Marble Moonrise",
        "Glow Stick Sonata", "Hidden Track Seven",
    ];

    /// <summary>Sources (games, shows) some songs come from; empty for most.</summary>
    public static IReadOnlyList<string> Sources { get; } =
    [
        "Starlight Academy", "Project Halcyon", "Lantern Knights", "Tidebound", "Magical Courier Mina", "Chrono Diner",
        "Skyward Relay", "Echo Garden Online",
    ];

    /// <summary>Words mappers put into set tags.</summary>
    public static IReadOnlyList<string> TagWords { get; } =
    [
        "electronic", "vocaloid", "anime", "j-pop", "k-pop", "rock", "piano", "fast", "jumps", "streams", "tech",
        "farm", "aim", "stamina", "marathon", "cute", "featured", "chill", "remix", "cover", "instrumental", "tv size",
    ];

    /// <summary>Difficulty names from easiest to hardest.</summary>
    public static IReadOnlyList<string> DifficultyNames { get; } = ["Easy", "Normal", "Hard", "Insane", "Expert", "Extra", "Extreme", "Overdrive"];
}
