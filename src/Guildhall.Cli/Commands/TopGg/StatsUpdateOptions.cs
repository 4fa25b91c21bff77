using System.CommandLine;
using System.Globalization;
using Guildhall.TopGg.Models;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary>The server and shard counts <c>post-stats</c> and <c>autopost</c> both take, and the update they make.</summary>
internal sealed class StatsUpdateOptions
{
    private readonly Argument<long?> _servers = new("server-count") { Description = "The server count (of the whole bot, or of --shard-id). Leave out with --shards.", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<int?> _shardId = new("--shard-id") { Description = "The 0-based shard the count is for." };
    private readonly Option<int?> _shardCount = new("--shard-count") { Description = "The total number of shards." };
    private readonly Option<string?> _shards = new("--shards") { Description = "Every shard's server count, comma-separated (sends their sum, the list and the shard count)." };

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public Command AddTo(Command command)
    {
        command.Arguments.Add(_servers);
        command.Options.Add(_shardId);
        command.Options.Add(_shardCount);
        command.Options.Add(_shards);
        return command;
    }

    /// <summary>Whether the command line gives any count or shard.</summary>
    public bool Given(ParseResult parse) =>
        parse.GetValue(_servers) is not null || parse.GetValue(_shards) is not null || parse.GetValue(_shardId) is not null || parse.GetValue(_shardCount) is not null;

    /// <summary>
    /// The counts a file or a program gives as text: one number is the bot's server count, several separated by commas are
    /// every shard's count (sent as with <c>--shards</c>).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="source">Where the text came from, for the error.</param>
    /// <exception cref="FormatException">The text is not a count, or not a list of counts.</exception>
    public static TopGgStatsUpdate Parse(string text, string source)
    {
        var counts = Counts(text, source);
        return counts.Length == 1 ? new TopGgStatsUpdate { ServerCount = counts[0] } : TopGgStatsUpdate.ForShards(counts);
    }

    /// <summary>Comma-separated counts, each a plain non-negative number; a clear error naming <paramref name="source"/> otherwise.</summary>
    private static long[] Counts(string text, string source)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var counts = new long[parts.Length];
        for (var index = 0; index < parts.Length; index++)
        {
            if (!long.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out counts[index]))
            {
                var shown = text.Trim();
                shown = shown.Length > 40 ? shown[..40] + "…" : shown;
                throw new FormatException($"{source} holds '{shown}': expected a server count, or every shard's count separated by commas.");
            }
        }

        return counts;
    }

    /// <summary>The update the command line describes; a clear error when it gives no count.</summary>
    public TopGgStatsUpdate Build(ParseResult parse) =>
        parse.GetValue(_shards) is { } list
            ? TopGgStatsUpdate.ForShards(Counts(list, "--shards"))
            : new TopGgStatsUpdate
            {
                ServerCount = parse.GetValue(_servers) ?? throw new ArgumentException("Give a server count, or --shards."),
                ShardId = parse.GetValue(_shardId),
                ShardCount = parse.GetValue(_shardCount),
            };
}
