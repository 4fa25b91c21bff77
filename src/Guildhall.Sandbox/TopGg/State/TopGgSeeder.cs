using System.Collections.Immutable;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.TopGg.State;

/// <summary>
/// Fills a fresh <see cref="TopGgState"/>: the documented bots, users and tokens of
/// <see cref="TopGgSandboxCredentials"/>, then a deterministic crowd of generated users, bots and votes. Vote times
/// are relative to the clock at start, so "voted within 12 hours" holds whatever the clock says.
/// </summary>
internal static class TopGgSeeder
{
    private const ulong OtherOwnerId = 677998894327529476;

    public static void Populate(TopGgState state)
    {
        var now = state.Now;
        var random = new TopGgSeedRandom(0x746F7067675F7362);
        AddDocumentedUsers(state);
        AddDocumentedBots(state);
        var crowd = TopGgGeneratedCrowd.AddUsers(state, random);
        TopGgGeneratedCrowd.AddBots(state, random, crowd);
        TopGgGeneratedCrowd.AddVotes(state, random, BotId, crowd, now);
        TopGgGeneratedCrowd.AddVotes(state, random, OtherBotId, crowd.Take(60).ToList(), now);
        AddDocumentedVotes(state, now);
    }

    private static void AddDocumentedUsers(TopGgState state)
    {
        state.Users.TryAdd(User(OwnerId, 618211356328919041, "guildhall_dev"));
        state.Users.TryAdd(User(OtherOwnerId, 677999312583524362, "lantern_keeper"));
        state.Users.TryAdd(User(RecentVoterId, RecentVoterTopGgId, "recent_voter"));
        state.Users.TryAdd(User(ExpiredVoterId, ExpiredVoterTopGgId, "expired_voter"));
        state.Users.TryAdd(User(NonVoterId, NonVoterTopGgId, "never_voted"));
    }

    private static void AddDocumentedBots(TopGgState state)
    {
        var main = new TopGgBot
        {
            Id = BotId,
            ClientId = BotId,
            ProjectId = ProjectId,
            Username = "Guildhall Sandbox",
            Avatar = $"https://cdn.discordapp.com/avatars/{BotId}/5f1e0b7c2d9a4e3f8b6c1a0d9e8f7a6b.png",
            Prefix = "/",
            ShortDescription = "The bot the Guildhall sandbox is built around: votes, stats and webhooks to test against.",
            LongDescription = MainLongDescription,
            Tags = ["utility", "moderation", "leveling"],
            Website = "https://guildhall.example/",
            Support = "https://discord.gg/guildhall",
            Owners = [OwnerId],
            Invite = $"https://discord.com/oauth2/authorize?client_id={BotId}&scope=bot%20applications.commands",
            SubmittedAt = new DateTimeOffset(2023, 5, 17, 14, 21, 9, 512, TimeSpan.Zero),
            Points = 4210,
            ReviewScore = 4.8,
            ReviewCount = 37,
            Stats = new TopGgBotStats(1284, [], null),
        };
        var other = new TopGgBot
        {
            Id = OtherBotId,
            ClientId = OtherBotId,
            ProjectId = OtherProjectId,
            Username = "Lantern",
            Discriminator = "4821",
            Avatar = $"https://cdn.discordapp.com/avatars/{OtherBotId}/0c4e2a9b7d1f3e5a6c8b0d2f4a6c8e0b.png",
            Lib = "discord.py",
            Prefix = "l!",
            ShortDescription = "Lights up your server with reminders, polls and a friendly starboard.",
            Tags = ["utility", "social"],
            Github = "https://github.com/lantern-bot/lantern",
            Owners = [OtherOwnerId],
            SubmittedAt = new DateTimeOffset(2021, 11, 2, 8, 13, 37, 904, TimeSpan.Zero),
            Points = 152_334,
            ReviewScore = 4.35,
            ReviewCount = 812,
            Stats = new TopGgBotStats(90_210, [22_000, 23_105, 21_950, 23_155], 4),
        };
        foreach (var bot in new[] { main, other })
        {
            state.Bots.TryAdd(bot.Id, bot);
            state.Projects.TryAdd(bot.Id, ProjectOf(bot));
        }

        state.Tokens.Add(new TopGgIssuedToken(Token, BotId, TopGgTokenGeneration.Current));
        state.Tokens.Add(new TopGgIssuedToken(LegacyToken, BotId, TopGgTokenGeneration.Legacy));
        state.Tokens.Add(new TopGgIssuedToken(OtherBotToken, OtherBotId, TopGgTokenGeneration.Current));
    }

    /// <summary>The recent voter voted two hours ago; the expired voter's last vote is 13 hours old.</summary>
    private static void AddDocumentedVotes(TopGgState state, DateTimeOffset now)
    {
        var votes = new (ulong User, TimeSpan Ago)[]
        {
            (RecentVoterId, TimeSpan.FromHours(30.25)),
            (RecentVoterId, TimeSpan.FromHours(2.0625)),
            (ExpiredVoterId, TimeSpan.FromHours(41.5)),
            (ExpiredVoterId, TimeSpan.FromHours(13.125)),
        };
        for (var i = 0; i < votes.Length; i++)
        {
            var at = now - votes[i].Ago - TimeSpan.FromTicks(1_234_567 * (i + 1));
            state.RecordVote(new TopGgVote(
                TopGgSnowflakes.At(at, 9000 + i), BotId, votes[i].User, at, TopGgWeekend.VoteWeightAt(at)));
        }
    }

    public static TopGgProject ProjectOf(TopGgBot bot) => new()
    {
        BotId = bot.Id,
        Headlines = ImmutableDictionary<string, string>.Empty.Add("en", bot.ShortDescription),
        PageContents = bot.LongDescription.Length == 0
            ? ImmutableDictionary<string, string>.Empty
            : ImmutableDictionary<string, string>.Empty.Add("en", bot.LongDescription),
    };

    public static TopGgUser User(ulong discordId, ulong topGgId, string name) =>
        new(discordId, topGgId, name, $"https://cdn.discordapp.com/avatars/{discordId}/{Convert.ToHexStringLower(BitConverter.GetBytes(discordId ^ topGgId))}a1b2c3d4e5f60718.png");

    private const string MainLongDescription =
        """
        # Guildhall Sandbox

        This bot exists only inside the Guildhall sandbox. It has a realistic page so clients have something to read:
        posted statistics, recent voters, vote checks and webhooks all work against it.

        ## Features
        - **Votes**: a crowd of seeded voters, some within the last 12 hours, some older, weekend votes weighing two.
        - **Stats**: post server and shard counts and read them back.
        - **Webhooks**: ask the sandbox to deliver legacy or signed V2 vote webhooks to your receiver.

        Use `/help` to get started.
        """;
}
