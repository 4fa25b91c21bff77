using System.CommandLine;
using Guildhall.Cli.Output;
using Guildhall.TopGg.Json;
using Guildhall.TopGg.Models;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary>The v0 subcommands: bots, search, stats, voters, vote checks, the weekend flag and (retired) users.</summary>
internal static class TopGgBotCommands
{
    public static Command Bot(TopGgCommandContext context)
    {
        var id = BotIdArgument();
        return context.Show(
            new Command("bot", "Show a listed bot (default: the token's bot).") { id },
            (topgg, parse, cancellationToken) => parse.GetValue(id) is { } botId ? topgg.Bots.GetAsync(botId, cancellationToken) : topgg.Bots.GetSelfAsync(cancellationToken),
            TopGgJson.TypeInfo<TopGgBot>(),
            TopGgPrinter.Bot);
    }

    public static Command Search(TopGgCommandContext context)
    {
        var limit = new Option<int>("--limit") { Description = "Bots per page, 1 to 500.", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "Matches to skip." };
        var sort = new Option<string?>("--sort") { Description = "The field to sort by, for example points; prefix '-' to reverse." };
        var filters = new Option<string[]>("--search") { Description = "A field filter as field=value; repeat for more.", AllowMultipleArgumentsPerToken = false };
        var fields = new Option<string?>("--fields") { Description = "Comma-separated fields to return, for example id,username,points." };
        var all = new Option<bool>("--all") { Description = "Stream every match, 500 per request, paced at 60 requests a minute." };
        var command = new Command("search", "Search listed bots (GET /bots).") { limit, offset, sort, filters, fields, all };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var sortText = parse.GetValue(sort);
            var query = new TopGgBotQuery
            {
                Limit = parse.GetValue(limit),
                Offset = parse.GetValue(offset),
                SortBy = sortText?.TrimStart('-'),
                SortReversed = sortText?.StartsWith('-') == true,
                Search = ParsePairs(parse.GetValue(filters) ?? [], "--search"),
                Fields = parse.GetValue(fields)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            };
            await using var topgg = context.CreateClient(parse);
            var bots = parse.GetValue(all)
                ? await PagedReader.ReadAsync(topgg.Bots.ListAsync(query, cancellationToken), int.MaxValue, "bots", cancellationToken).ConfigureAwait(false)
                : (await topgg.Bots.GetPageAsync(query, cancellationToken).ConfigureAwait(false)).Results;

            context.Write(parse, bots, TopGgJson.TypeInfo<IReadOnlyList<TopGgBot>>(), TopGgPrinter.Bots);
        });
        return command;
    }

    public static Command Stats(TopGgCommandContext context)
    {
        var id = BotIdArgument();
        return context.Show(
            new Command("stats", "Show a bot's posted server and shard counts (default: the token's bot).") { id },
            (topgg, parse, cancellationToken) => topgg.Bots.GetStatsAsync(parse.GetValue(id), cancellationToken),
            TopGgJson.TypeInfo<TopGgBotStats>(),
            TopGgPrinter.Stats);
    }

    public static Command PostStats(TopGgCommandContext context)
    {
        var counts = new StatsUpdateOptions();
        var command = counts.AddTo(new Command("post-stats", "Post the token's bot's server count (POST /bots/{id}/stats)."));
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var update = counts.Build(parse);
            await using var topgg = context.CreateClient(parse);
            await topgg.Bots.PostStatsAsync(update, cancellationToken).ConfigureAwait(false);
            context.WriteDone(parse, $"Posted {update.ServerCount} servers for bot {topgg.BotId}.");
        });
        return command;
    }

    public static Command Votes(TopGgCommandContext context)
    {
        var page = new Option<int>("--page") { Description = "The page, from 1.", DefaultValueFactory = _ => 1 };
        return context.Show(
            new Command("votes", "List the token's bot's last voters (GET /bots/{id}/votes).") { page },
            (topgg, parse, cancellationToken) => topgg.Bots.GetVotersPageAsync(parse.GetValue(page), cancellationToken),
            TopGgJson.TypeInfo<IReadOnlyList<TopGgVoter>>(),
            TopGgPrinter.Voters);
    }

    public static Command Check(TopGgCommandContext context)
    {
        var user = new Argument<ulong>("user-id") { Description = "The user's Discord id." };
        return context.Show(
            new Command("check", "Whether a user voted for the token's bot in the last 12 hours (GET /bots/{id}/check).") { user },
            async (topgg, parse, cancellationToken) => new VoteCheckAnswer(await topgg.Bots.HasVotedAsync(parse.GetValue(user), cancellationToken).ConfigureAwait(false)),
            CliJsonContext.Default.VoteCheckAnswer,
            (output, answer) => output.WriteLine(answer.Voted ? "Voted in the last 12 hours." : "Has not voted in the last 12 hours."));
    }

    public static Command Weekend(TopGgCommandContext context)
    {
        return context.Show(
            new Command("weekend", "Whether votes count double right now (GET /weekend)."),
            async (topgg, _, cancellationToken) => new WeekendAnswer(await topgg.IsWeekendAsync(cancellationToken).ConfigureAwait(false)),
            CliJsonContext.Default.WeekendAnswer,
            (output, answer) => output.WriteLine(answer.IsWeekend ? "It is the weekend: votes count double." : "It is not the weekend."));
    }

    public static Command User(TopGgCommandContext context)
    {
        var user = new Argument<ulong>("user-id") { Description = "The user's Discord id." };
        return context.Show(
            new Command("user", "Show a Top.gg user profile (GET /users/{id}; the service has retired this route).") { user },
#pragma warning disable CS0618 // The command exists for parity; the client says the route is retired.
            (topgg, parse, cancellationToken) => topgg.Users.GetAsync(parse.GetValue(user), cancellationToken),
#pragma warning restore CS0618
            TopGgJson.TypeInfo<TopGgUser>(),
            TopGgPrinter.User);
    }

    /// <summary>Reads <c>key=value</c> pairs.</summary>
    public static Dictionary<string, string> ParsePairs(IEnumerable<string> pairs, string option)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var split = pair.IndexOf('=', StringComparison.Ordinal);
            if (split <= 0)
            {
                throw new ArgumentException($"{option} takes key=value, not \"{pair}\".");
            }

            result[pair[..split].Trim()] = pair[(split + 1)..];
        }

        return result;
    }

    private static Argument<ulong?> BotIdArgument() => new("bot-id") { Description = "The bot's id.", Arity = ArgumentArity.ZeroOrOne };
}
