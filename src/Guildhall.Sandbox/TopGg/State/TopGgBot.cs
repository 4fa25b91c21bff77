namespace Guildhall.Sandbox.TopGg.State;

/// <summary>A bot listed on the emulated Top.gg, with the v0 fields it is served with.</summary>
internal sealed record TopGgBot
{
    /// <summary>The Top.gg id (v0 <c>id</c>); for bots it equals the Discord id, as on the real site.</summary>
    public required ulong Id { get; init; }

    public required ulong ClientId { get; init; }

    /// <summary>The v1 project id, distinct from the bot id.</summary>
    public required ulong ProjectId { get; init; }

    public required string Username { get; init; }

    public string Discriminator { get; init; } = "0";

    public required string Avatar { get; init; }

    public string DefAvatar { get; init; } = "";

    public string Lib { get; init; } = "";

    public required string Prefix { get; init; }

    public required string ShortDescription { get; init; }

    public string LongDescription { get; init; } = "";

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string Website { get; init; } = "";

    public string Support { get; init; } = "";

    public string Github { get; init; } = "";

    public required IReadOnlyList<ulong> Owners { get; init; }

    public IReadOnlyList<ulong> Guilds { get; init; } = [];

    public string Invite { get; init; } = "";

    public required DateTimeOffset SubmittedAt { get; init; }

    public bool Certified { get; init; }

    public string Vanity { get; init; } = "";

    public string DonateBotGuildId { get; init; } = "";

    /// <summary>All-time votes (<c>points</c>, v1 <c>votes_total</c>).</summary>
    public long Points { get; init; }

    /// <summary>This month's votes (<c>monthlyPoints</c>, v1 <c>votes</c>).</summary>
    public long MonthlyPoints { get; init; }

    public double ReviewScore { get; init; }

    public long ReviewCount { get; init; }

    public TopGgBotStats Stats { get; init; } = TopGgBotStats.None;
}
