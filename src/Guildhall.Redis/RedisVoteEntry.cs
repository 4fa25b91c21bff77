using System.Globalization;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Webhooks;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// A vote as the fields of one stream entry, and back. Every field of the three vote kinds is kept, so a consumer's handler
/// sees the vote the receiver accepted. Enums are stored by number, times as Unix milliseconds with their offset.
/// </summary>
internal static class RedisVoteEntry
{
    private const string LegacyBot = "legacy-bot";
    private const string LegacyServer = "legacy-server";
    private const string V2Vote = "vote.create";

    public static NameValueEntry[] ToFields(TopGgVoteEvent vote)
    {
        List<NameValueEntry> fields =
        [
            new("kind", vote switch
            {
                LegacyBotVoteEvent => LegacyBot,
                LegacyServerVoteEvent => LegacyServer,
                VoteCreateEvent => V2Vote,
                _ => throw new NotSupportedException($"A vote of kind {vote.GetType().Name} cannot be kept in the stream."),
            }),
            new("voter", vote.VoterId),
            new("target", vote.TargetId),
            new("target_type", (int)vote.TargetType),
            new("weight", vote.Weight),
            new("test", vote.IsTest ? 1 : 0),
        ];
        Optional(fields, "trace", vote.TraceId);
        Optional(fields, "dedupe", vote.DeduplicationKey);
        switch (vote)
        {
            case LegacyVoteEvent legacy:
                fields.Add(new("legacy_type", (int)legacy.Type));
                fields.Add(new("query", string.Join('&', legacy.Query.Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value)))));
                fields.Add(new("weekend", legacy is LegacyBotVoteEvent { IsWeekend: true } ? 1 : 0));
                break;
            case VoteCreateEvent created:
                fields.AddRange(
                [
                    new("vote_id", created.VoteId),
                    new("created_at", Time(created.CreatedAt)),
                    new("expires_at", Time(created.ExpiresAt)),
                    new("project_id", created.Project.Id),
                    new("project_type", (int)created.Project.Type),
                    new("project_platform", (int)created.Project.Platform),
                    new("project_platform_id", created.Project.PlatformId),
                    new("user_id", created.User.Id),
                    new("user_platform_id", created.User.PlatformId),
                ]);
                Optional(fields, "user_name", created.User.Name);
                Optional(fields, "user_avatar", created.User.AvatarUrl);
                break;
        }

        return [.. fields];
    }

    /// <exception cref="FormatException">The entry is not a vote this version wrote.</exception>
    public static TopGgVoteEvent FromFields(NameValueEntry[] entry)
    {
        var fields = entry.ToDictionary(field => (string)field.Name!, field => field.Value, StringComparer.Ordinal);
        try
        {
            TopGgVoteEvent vote = (string?)fields["kind"] switch
            {
                LegacyBot => new LegacyBotVoteEvent
                {
                    VoterId = (ulong)fields["voter"], TargetId = (ulong)fields["target"], TargetType = (TopGgProjectType)(int)fields["target_type"],
                    IsWeekend = (int)fields["weekend"] == 1, Type = (LegacyVoteType)(int)fields["legacy_type"], Query = TopGgVoteQuery.Parse((string?)fields["query"]),
                },
                LegacyServer => new LegacyServerVoteEvent
                {
                    VoterId = (ulong)fields["voter"], TargetId = (ulong)fields["target"], TargetType = (TopGgProjectType)(int)fields["target_type"],
                    Type = (LegacyVoteType)(int)fields["legacy_type"], Query = TopGgVoteQuery.Parse((string?)fields["query"]),
                },
                V2Vote => new VoteCreateEvent
                {
                    VoterId = (ulong)fields["voter"], TargetId = (ulong)fields["target"], TargetType = (TopGgProjectType)(int)fields["target_type"],
                    VoteId = (ulong)fields["vote_id"], CreatedAt = Time((string?)fields["created_at"]), ExpiresAt = Time((string?)fields["expires_at"]),
                    Project = new WebhookProject
                    {
                        Id = (ulong)fields["project_id"], Type = (TopGgProjectType)(int)fields["project_type"],
                        Platform = (TopGgPlatform)(int)fields["project_platform"], PlatformId = (ulong)fields["project_platform_id"],
                    },
                    User = new WebhookUser
                    {
                        Id = (ulong)fields["user_id"], PlatformId = (ulong)fields["user_platform_id"],
                        Name = fields.TryGetValue("user_name", out var name) ? (string?)name : null,
                        AvatarUrl = fields.TryGetValue("user_avatar", out var avatar) ? (string?)avatar : null,
                    },
                },
                var kind => throw new FormatException($"The stream entry holds a vote of unknown kind '{kind}'."),
            };
            return vote with
            {
                Weight = (int)fields["weight"],
                IsTest = (int)fields["test"] == 1,
                TraceId = fields.TryGetValue("trace", out var trace) ? (string?)trace : null,
                DeduplicationKey = fields.TryGetValue("dedupe", out var dedupe) ? (string?)dedupe : null,
            };
        }
        catch (KeyNotFoundException exception)
        {
            throw new FormatException("The stream entry lacks a field of a vote.", exception);
        }
    }

    private static void Optional(List<NameValueEntry> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add(new(name, value));
        }
    }

    private static string Time(DateTimeOffset time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time.ToUnixTimeMilliseconds()} {(long)time.Offset.TotalMinutes}");

    private static DateTimeOffset Time(string? stored)
    {
        var parts = (stored ?? throw new FormatException("A time is missing.")).Split(' ');
        var offset = TimeSpan.FromMinutes(long.Parse(parts[1], CultureInfo.InvariantCulture));
        return DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[0], CultureInfo.InvariantCulture)).ToOffset(offset);
    }
}
