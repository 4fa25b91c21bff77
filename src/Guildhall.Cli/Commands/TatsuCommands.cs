using System.CommandLine;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Cli.Commands.Tatsu;
using Guildhall.Cli.Output;
using Guildhall.Tatsu;
using Guildhall.Tatsu.Json;
using Guildhall.Tatsu.Models;

namespace Guildhall.Cli.Commands;

/// <summary>
/// <c>guildhall tatsu profile|rank|rankings|points|add-points|add-score|listing</c>: the Tatsu API from the command
/// line, through the same client and rate limiter a bot uses. The key comes from <c>--key</c> or <c>TATSU_KEY</c>.
/// </summary>
internal static class TatsuCommands
{
    public static Command Create()
    {
        var api = new ApiCommandOptions(
            CliApi.Tatsu, "The Tatsu API key ('t!apikey create' in Discord).", rateLimited: true);
        var command = new Command("tatsu", "Call the Tatsu API (or the sandbox: --base-url http://127.0.0.1:5080/tatsu/v1).");
        api.AddTo(command);
        command.Subcommands.Add(Profile(api));
        command.Subcommands.Add(Rank(api));
        command.Subcommands.Add(Rankings(api));
        command.Subcommands.Add(Points(api));
        command.Subcommands.Add(Change(
            api, "add-points", "points", (members, guild, user, delta, token) => members.AdjustPointsAsync(guild, user, delta, token),
            TatsuJson.TypeInfo<TatsuMemberPoints>(), TatsuPrinter.Points));
        command.Subcommands.Add(Change(
            api, "add-score", "score", (members, guild, user, delta, token) => members.AdjustScoreAsync(guild, user, delta, token),
            TatsuJson.TypeInfo<TatsuMemberScore>(), TatsuPrinter.Score));
        command.Subcommands.Add(Listing(api));
        return command;
    }

    private static Command Profile(ApiCommandOptions api)
    {
        var user = UserArgument();
        var command = new Command("profile", "Show a user's Tatsu profile.") { user };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var tatsu = CreateClient(api, parse);
            var profile = await tatsu.Users.GetProfileAsync(parse.GetValue(user), cancellationToken).ConfigureAwait(false);
            Write(api, parse, profile, TatsuJson.TypeInfo<TatsuUserProfile>(), TatsuPrinter.Profile);
        });
        return command;
    }

    private static Command Rank(ApiCommandOptions api)
    {
        var (guild, user, timeframe) = (GuildArgument(), UserArgument(), TimeframeOption());
        var command = new Command("rank", "Show a member's rank and score in a guild.") { guild, user, timeframe };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var tatsu = CreateClient(api, parse);
            var ranking = await tatsu.Rankings.GetMemberRankingAsync(
                parse.GetValue(guild), parse.GetValue(user), ParseTimeframe(parse.GetValue(timeframe)), cancellationToken).ConfigureAwait(false);
            Write(api, parse, ranking, TatsuJson.TypeInfo<TatsuMemberRanking>(), TatsuPrinter.Ranking);
        });
        return command;
    }

    private static Command Rankings(ApiCommandOptions api)
    {
        var (guild, timeframe) = (GuildArgument(), TimeframeOption());
        var start = new Option<int>("--start") { Description = "The first rank to show.", DefaultValueFactory = _ => 1 };
        var end = new Option<int?>("--end") { Description = "The last rank to show (default: 99 after --start)." };
        var all = new Option<bool>("--all") { Description = "Walk to the last member, one request per 100 rows." };
        var command = new Command("rankings", "Show a guild's leaderboard, walking its pages.") { guild, timeframe, start, end, all };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var tatsu = CreateClient(api, parse);
            var first = parse.GetValue(start);
            int? last = parse.GetValue(all) ? null : parse.GetValue(end) ?? first + TatsuDefaults.RankingsPageSize - 1;
            var rows = await PagedReader.ReadAsync(
                tatsu.Rankings.ListGuildRankingsAsync(parse.GetValue(guild), ParseTimeframe(parse.GetValue(timeframe)), first, last, cancellationToken),
                int.MaxValue,
                "members",
                cancellationToken).ConfigureAwait(false);

            Write(api, parse, rows, TatsuJson.TypeInfo<IReadOnlyList<TatsuRankedMember>>(), TatsuPrinter.Rankings);
        });
        return command;
    }

    private static Command Points(ApiCommandOptions api)
    {
        var (guild, user) = (GuildArgument(), UserArgument());
        var command = new Command("points", "Show a member's guild points.") { guild, user };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var tatsu = CreateClient(api, parse);
            var points = await tatsu.Members.GetPointsAsync(parse.GetValue(guild), parse.GetValue(user), cancellationToken).ConfigureAwait(false);
            Write(api, parse, points, TatsuJson.TypeInfo<TatsuMemberPoints>(), TatsuPrinter.Points);
        });
        return command;
    }

    /// <summary>
    /// <c>add-points</c> and <c>add-score</c>: any amount, split into changes of at most 100,000; <c>--remove</c>
    /// turns it into a removal. Needs Manage Server in the guild.
    /// </summary>
    private static Command Change<T>(
        ApiCommandOptions api, string name, string what, Func<TatsuMembersClient, ulong, ulong, long, CancellationToken, Task<T?>> adjust,
        JsonTypeInfo<T> typeInfo, Action<TextWriter, T> table)
        where T : class
    {
        var (guild, user) = (GuildArgument(), UserArgument());
        var amount = new Argument<long>("amount") { Description = "The amount to add, of any size: it is sent in steps of at most 100,000." };
        amount.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() <= 0)
            {
                result.AddError("The amount must be positive; use --remove to take away.");
            }
        });
        var remove = new Option<bool>("--remove") { Description = $"Remove the {what} instead (stopping at zero)." };
        var command = new Command(name, $"Add (or with --remove, remove) a member's {what}. Needs Manage Server.") { guild, user, amount, remove };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var tatsu = CreateClient(api, parse);
            var delta = parse.GetValue(remove) ? -parse.GetValue(amount) : parse.GetValue(amount);
            var result = await adjust(tatsu.Members, parse.GetValue(guild), parse.GetValue(user), delta, cancellationToken).ConfigureAwait(false);
            WriteChange(Console.Out, parse.GetValue(api.Json), result, typeInfo, table);
        });
        return command;
    }

    private static Command Listing(ApiCommandOptions api)
    {
        var listing = new Argument<string>("listing-id") { Description = "The listing's id, for example furni_1x1_antique_chair." };
        var command = new Command("listing", "Show a Tatsu store listing.") { listing };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var tatsu = CreateClient(api, parse);
            var found = await tatsu.Store.GetListingAsync(parse.GetValue(listing)!, cancellationToken).ConfigureAwait(false);
            Write(api, parse, found, TatsuJson.TypeInfo<TatsuStoreListing>(), TatsuPrinter.Listing);
        });
        return command;
    }

    private static TatsuClient CreateClient(ApiCommandOptions api, ParseResult parse) =>
        new(api.RequireCredential(parse), api.Configure(parse, new TatsuClientOptions()));

    private static void Write<T>(ApiCommandOptions api, ParseResult parse, T value, JsonTypeInfo<T> typeInfo, Action<TextWriter, T> table) =>
        api.Write(parse, value, typeInfo, table);

    /// <summary>A change answered with 204 carries no state: say so rather than print nothing.</summary>
    private static void WriteChange<T>(TextWriter output, bool json, T? value, JsonTypeInfo<T> typeInfo, Action<TextWriter, T> table)
        where T : class
    {
        if (value is null)
        {
            output.WriteLine(json ? "null" : "Applied; the API sent no state back (204).");
        }
        else if (json)
        {
            JsonOutput.Write(output, value, typeInfo);
        }
        else
        {
            table(output, value);
        }
    }

    private static Argument<ulong> GuildArgument() => new("guild-id") { Description = "The guild's (server's) id." };

    private static Argument<ulong> UserArgument() => new("user-id") { Description = "The user's Discord id." };

    private static Option<string> TimeframeOption()
    {
        var option = new Option<string>("--timeframe") { Description = "all, month (last 30 days) or week (last 7 days).", DefaultValueFactory = _ => "all" };
        option.AcceptOnlyFromAmong("all", "month", "week");
        return option;
    }

    private static TatsuTimeframe ParseTimeframe(string? timeframe) => timeframe switch
    {
        "month" => TatsuTimeframe.Month,
        "week" => TatsuTimeframe.Week,
        _ => TatsuTimeframe.AllTime,
    };
}
