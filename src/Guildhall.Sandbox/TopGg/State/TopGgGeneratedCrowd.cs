
namespace Guildhall.Sandbox.TopGg.State;

/// <summary>
/// The generated part of the seed: enough users and bots that search paging, sorting and "the last 1000 voters" are
/// meaningful (a client can stream every bot 500 per page), all derived from one <see cref="TopGgSeedRandom"/>.
/// </summary>
internal static class TopGgGeneratedCrowd
{
    /// <summary>Bots besides the two documented ones.</summary>
    public const int BotCount = 318;

    /// <summary>More voters than the 1000 that <c>GET /bots/{id}/votes</c> reports.</summary>
    public const int UserCount = 1150;

    private static readonly DateTimeOffset FirstSubmission = new(2017, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan SubmissionSpan = TimeSpan.FromDays(365 * 8.5);

    public static IReadOnlyList<TopGgUser> AddUsers(TopGgState state, TopGgSeedRandom random)
    {
        var users = new List<TopGgUser>(UserCount);
        for (var i = 0; i < UserCount; i++)
        {
            var joined = FirstSubmission.AddDays(-400) + random.Within(TimeSpan.FromDays(365 * 9));
            var discordId = TopGgSnowflakes.At(joined, i);
            var topGgId = TopGgSnowflakes.At(joined + random.Within(TimeSpan.FromDays(300)) + TimeSpan.FromDays(1), i);
            var name = random.Pick(TopGgSeedVocabulary.UserNames) + "_" + random.Pick(TopGgSeedVocabulary.UserNames)
                + (i % 3 == 0 ? i.ToString(CultureInfo.InvariantCulture) : "");
            var user = new TopGgUser(
                discordId, topGgId, name, $"https://cdn.discordapp.com/avatars/{discordId}/{random.Hex(32)}.png");
            if (state.Users.TryAdd(user))
            {
                users.Add(user);
            }
        }

        return users;
    }

    public static void AddBots(TopGgState state, TopGgSeedRandom random, IReadOnlyList<TopGgUser> owners)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < BotCount; i++)
        {
            var bot = NewBot(random, i, owners, names);
            state.Bots.TryAdd(bot.Id, bot);
            state.Projects.TryAdd(bot.Id, TopGgSeeder.ProjectOf(bot));
        }
    }

    /// <summary>Each voter votes one to three times over the last 30 days, never twice within 12 hours.</summary>
    public static void AddVotes(
        TopGgState state, TopGgSeedRandom random, ulong botId, IReadOnlyList<TopGgUser> voters, DateTimeOffset now)
    {
        var sequence = 0;
        foreach (var voter in voters)
        {
            var at = now - TimeSpan.FromDays(30) + random.Within(TimeSpan.FromDays(10));
            var count = random.Next(1, 4);
            for (var v = 0; v < count && at < now; v++)
            {
                state.RecordVote(new TopGgVote(
                    TopGgSnowflakes.At(at, sequence++), botId, voter.DiscordId, at, TopGgWeekend.VoteWeightAt(at)));
                at += TopGgVote.Lifetime + random.Within(TimeSpan.FromDays(9));
            }
        }
    }

    private static TopGgBot NewBot(
        TopGgSeedRandom random, int index, IReadOnlyList<TopGgUser> owners, HashSet<string> names)
    {
        var submitted = FirstSubmission + random.Within(SubmissionSpan);
        submitted = new DateTimeOffset(submitted.Ticks - (submitted.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var id = TopGgSnowflakes.At(submitted - random.Within(TimeSpan.FromDays(20)), index);
        var name = UniqueName(random, names);
        var slug = name.Replace(" ", "-", StringComparison.Ordinal).ToLowerInvariant();
        var points = (long)(Math.Pow(random.NextDouble(), 3) * 2_500_000) + random.Next(0, 50);
        var legacy = submitted.Year < 2023;
        return new TopGgBot
        {
            Id = id,
            ClientId = id,
            ProjectId = TopGgSnowflakes.At(submitted + TimeSpan.FromHours(1), index),
            Username = name,
            Discriminator = legacy ? random.Next(1, 10000).ToString("D4", CultureInfo.InvariantCulture) : "0",
            Avatar = $"https://cdn.discordapp.com/avatars/{id}/{random.Hex(32)}.png",
            DefAvatar = legacy ? random.Hex(32) : "",
            Lib = submitted.Year < 2021 ? random.Pick(TopGgSeedVocabulary.Libraries) : "",
            Prefix = random.Pick(TopGgSeedVocabulary.Prefixes),
            ShortDescription = $"{name} brings {random.Pick(TopGgSeedVocabulary.Features)} and {random.Pick(TopGgSeedVocabulary.Features)} to your server.",
            LongDescription = random.Chance(0.8)
                ? $"# {name}\n\n{name} is a Discord bot with {random.Pick(TopGgSeedVocabulary.Features)}.\n\nInvite it and type `{random.Pick(TopGgSeedVocabulary.Prefixes)}help`."
                : "",
            Tags = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Pick(TopGgSeedVocabulary.Tags)).Distinct().ToList(),
            Website = random.Chance(0.4) ? $"https://{slug}.example/" : "",
            Support = random.Chance(0.6) ? $"https://discord.gg/{random.Hex(8)}" : "",
            Github = random.Chance(0.25) ? $"https://github.com/{slug}/{slug}" : "",
            Owners = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Pick(owners).DiscordId).Distinct().ToList(),
            Invite = random.Chance(0.3) ? $"https://discord.com/oauth2/authorize?client_id={id}&scope=bot" : "",
            SubmittedAt = submitted,
            Certified = random.Chance(0.03),
            Vanity = random.Chance(0.1) ? slug : "",
            Points = points,
            MonthlyPoints = (long)(points * (0.002 + (random.NextDouble() * 0.05))),
            ReviewScore = points == 0 ? 0 : Math.Round(3 + (random.NextDouble() * 2), 12),
            ReviewCount = points / 180,
            Stats = NewStats(random),
        };
    }

    private static TopGgBotStats NewStats(TopGgSeedRandom random)
    {
        if (random.Chance(0.15))
        {
            return TopGgBotStats.None;
        }

        var servers = (long)(Math.Pow(random.NextDouble(), 4) * 3_000_000) + random.Next(1, 200);
        if (servers < 5000 || random.Chance(0.5))
        {
            return new TopGgBotStats(servers, [], random.Chance(0.5) ? null : 0);
        }

        var shardCount = (int)(servers / 2500) + 1;
        var perShard = Enumerable.Range(0, shardCount).Select(_ => servers / shardCount).ToList();
        perShard[0] += servers - perShard.Sum();
        return new TopGgBotStats(servers, perShard, shardCount);
    }

    private static string UniqueName(TopGgSeedRandom random, HashSet<string> names)
    {
        while (true)
        {
            var name = random.Pick(TopGgSeedVocabulary.Adjectives) + " " + random.Pick(TopGgSeedVocabulary.Nouns);
            if (random.Chance(0.3))
            {
                name += " Bot";
            }

            if (names.Add(name))
            {
                return name;
            }
        }
    }
}
