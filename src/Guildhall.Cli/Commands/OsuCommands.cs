using System.CommandLine;
using Guildhall.Cli.Commands.Osu;
using Guildhall.Cli.Output;
using Guildhall.Core.Paging;
using Guildhall.Osu;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Json;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Cli.Commands;

/// <summary>
/// <c>guildhall osu user|scores|beatmap|beatmapset|search|rankings|login</c> (and the commands of
/// <see cref="OsuContentCommands"/>, <see cref="OsuProfileCommands"/> and <see cref="OsuCommunityCommands"/>): the osu!
/// API v2 from the command line,
/// through the same client, token renewal and rate limiter a bot uses. Calls go out as the app client (client
/// credentials) unless <c>--session</c> names a user whose session <c>login</c> stored.
/// </summary>
internal static class OsuCommands
{
    public static Command Create()
    {
        var options = new OsuCommandOptions();
        var command = new Command("osu", "Call the osu! API v2 (or the sandbox: --base-url http://127.0.0.1:5080/osu).");
        options.AddTo(command);
        command.Subcommands.Add(User(options));
        command.Subcommands.Add(Scores(options));
        command.Subcommands.Add(Beatmap(options));
        command.Subcommands.Add(Beatmapset(options));
        command.Subcommands.Add(Search(options));
        command.Subcommands.Add(Rankings(options));
        command.Subcommands.Add(OsuLoginCommand.Create(options));
        foreach (var subcommand in OsuContentCommands.Create(options).Concat(OsuProfileCommands.Create(options)))
        {
            command.Subcommands.Add(subcommand);
        }

        OsuCommunityCommands.AddTo(command, options);
        return command;
    }

    private static Command User(OsuCommandOptions options)
    {
        var user = new Argument<string?>("user") { Description = "The user's id or name (omit with --me).", Arity = ArgumentArity.ZeroOrOne };
        var me = new Option<bool>("--me") { Description = "The user of --session (needs a stored session)." };
        var byName = new Option<bool>("--by-name") { Description = "Read the user as a name even if it is all digits." };
        var mode = ModeOption();
        var command = new Command("user", "Show a user's profile and statistics.") { user, me, byName, mode };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            var gameMode = ParseMode(parse.GetValue(mode));
            var found = parse.GetValue(me)
                ? await osu.Users.GetMeAsync(gameMode, cancellationToken).ConfigureAwait(false)
                : await osu.Users.GetAsync(
                    parse.GetValue(user) ?? throw new ArgumentException("Give a user id or name, or --me."),
                    gameMode,
                    parse.GetValue(byName) ? UserLookupType.Username : UserLookupType.Auto,
                    cancellationToken).ConfigureAwait(false);
            Write(options, parse, found, OsuPrinter.User);
        });
        return command;
    }

    private static Command Scores(OsuCommandOptions options)
    {
        var user = new Argument<long>("user-id") { Description = "The user's id." };
        var type = new Option<string>("--type") { Description = "best, recent, firsts or pinned.", DefaultValueFactory = _ => "best" };
        type.AcceptOnlyFromAmong("best", "recent", "firsts", "pinned");
        var fails = new Option<bool>("--include-fails") { Description = "Include failed plays (recent scores)." };
        var (mode, limit) = (ModeOption(), LimitOption(10));
        var command = new Command("scores", "Show a user's scores.") { user, type, fails, mode, limit };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            var query = new UserScoresQuery
            {
                Mode = ParseMode(parse.GetValue(mode)),
                IncludeFails = parse.GetValue(fails),
                PageSize = Math.Clamp(parse.GetValue(limit), 1, 100),
            };
            var scoreType = Enum.Parse<UserScoreType>(parse.GetValue(type)!, ignoreCase: true);
            var scores = await PagedReader.ReadAsync(osu.Users.ListScoresAsync(parse.GetValue(user), scoreType, query, cancellationToken), parse.GetValue(limit), cancellationToken).ConfigureAwait(false);
            Write(options, parse, scores, OsuPrinter.Scores);
        });
        return command;
    }

    private static Command Beatmap(OsuCommandOptions options)
    {
        var beatmap = new Argument<long>("beatmap-id") { Description = "The beatmap's id." };
        var mods = new Option<string?>("--mods") { Description = "Also show the difficulty with these mods, for example HDDT or HD,DT." };
        var command = new Command("beatmap", "Show a beatmap (a difficulty), and its difficulty with mods.") { beatmap, mods };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            var found = await osu.Beatmaps.GetAsync(parse.GetValue(beatmap), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(mods) is not { } acronyms)
            {
                Write(options, parse, found, OsuPrinter.Beatmap);
                return;
            }

            var attributes = await osu.Beatmaps.GetAttributesAsync(found.Id, found.Mode, ParseMods(acronyms), cancellationToken).ConfigureAwait(false);
            Write(options, parse, attributes, (output, value) =>
            {
                OsuPrinter.Beatmap(output, found);
                OsuPrinter.Attributes(output, value);
            });
        });
        return command;
    }

    private static Command Beatmapset(OsuCommandOptions options)
    {
        var set = new Argument<long>("beatmapset-id") { Description = "The beatmapset's id." };
        var command = new Command("beatmapset", "Show a beatmapset and its difficulties.") { set };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            Write(options, parse, await osu.Beatmapsets.GetAsync(parse.GetValue(set), cancellationToken).ConfigureAwait(false), OsuPrinter.Beatmapset);
        });
        return command;
    }

    private static Command Search(OsuCommandOptions options)
    {
        var text = new Argument<string?>("query") { Description = "Keywords, with filters such as stars>5.", Arity = ArgumentArity.ZeroOrOne };
        var users = new Option<bool>("--users") { Description = "Search users instead of beatmapsets." };
        var status = new Option<string?>("--status") { Description = "any, ranked, qualified, loved, pending, wip, graveyard (default: ranked, approved and loved)." };
        status.AcceptOnlyFromAmong("any", "leaderboard", "ranked", "qualified", "loved", "pending", "wip", "graveyard");
        var (mode, limit) = (ModeOption(), LimitOption(20));
        var command = new Command("search", "Search beatmapsets (or users), walking the result pages.") { text, users, status, mode, limit };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(users))
            {
                var query = parse.GetValue(text) ?? throw new ArgumentException("Give the text to search users for.");
                Write(options, parse, await PagedReader.ReadAsync(osu.Search.ListUsersAsync(query, cancellationToken), parse.GetValue(limit), cancellationToken).ConfigureAwait(false), OsuPrinter.Users);
                return;
            }

            var search = new BeatmapsetSearchQuery
            {
                Query = parse.GetValue(text),
                Mode = ParseMode(parse.GetValue(mode)),
                Category = parse.GetValue(status) is { } value ? Enum.Parse<BeatmapsetCategory>(value, ignoreCase: true) : null,
            };
            Write(options, parse, await PagedReader.ReadAsync(osu.Beatmapsets.ListAsync(search, cancellationToken), parse.GetValue(limit), cancellationToken).ConfigureAwait(false), OsuPrinter.Beatmapsets);
        });
        return command;
    }

    private static Command Rankings(OsuCommandOptions options)
    {
        var type = new Option<string>("--type") { Description = "performance, score, country, charts or kudosu.", DefaultValueFactory = _ => "performance" };
        type.AcceptOnlyFromAmong("performance", "score", "country", "charts", "kudosu");
        var country = new Option<string?>("--country") { Description = "Only players of this country (ISO code)." };
        var (mode, limit) = (ModeOption(), LimitOption(50));
        var command = new Command("rankings", "Show a ranking, walking its pages.") { type, country, mode, limit };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            var gameMode = ParseMode(parse.GetValue(mode)) ?? GameMode.Osu;
            var count = parse.GetValue(limit);
            switch (parse.GetValue(type))
            {
                case "country":
                    Write(options, parse, await PagedReader.ReadAsync(osu.Rankings.ListCountriesAsync(gameMode, cancellationToken), count, cancellationToken).ConfigureAwait(false), OsuPrinter.CountryRankings);
                    break;
                case "kudosu":
                    Write(options, parse, await PagedReader.ReadAsync(osu.Rankings.ListKudosuAsync(cancellationToken), count, cancellationToken).ConfigureAwait(false), OsuPrinter.KudosuRankings);
                    break;
                case "charts":
                    var charts = await osu.Rankings.GetChartsAsync(gameMode, cancellationToken: cancellationToken).ConfigureAwait(false);
                    Write(options, parse, charts.Ranking, OsuPrinter.UserRankings);
                    break;
                default:
                    var rankingType = parse.GetValue(type) == "score" ? RankingType.Score : RankingType.Performance;
                    var query = new RankingsQuery { Country = parse.GetValue(country) };
                    Write(options, parse, await PagedReader.ReadAsync(osu.Rankings.ListUsersAsync(gameMode, rankingType, query, cancellationToken), count, cancellationToken).ConfigureAwait(false), OsuPrinter.UserRankings);
                    break;
            }
        });
        return command;
    }

    internal static Option<string?> ModeOption()
    {
        var option = new Option<string?>("--mode") { Description = "osu, taiko, fruits (catch) or mania." };
        option.AcceptOnlyFromAmong("osu", "taiko", "fruits", "catch", "mania");
        return option;
    }

    internal static Option<int> LimitOption(int defaultValue) =>
        new("--limit") { Description = $"How many rows to show (default {defaultValue}).", DefaultValueFactory = _ => defaultValue };

    internal static GameMode? ParseMode(string? mode) => mode switch
    {
        null => null,
        "catch" => GameMode.Fruits,
        _ => Enum.Parse<GameMode>(mode, ignoreCase: true),
    };

    /// <summary>Mods as <c>HDDT</c>, <c>HD,DT</c> or <c>HD DT</c>.</summary>
    private static IReadOnlyList<GameMod> ParseMods(string acronyms)
    {
        var parts = acronyms.Split([',', ' ', '+'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && parts[0].Length > 2 && parts[0].Length % 2 == 0 && !parts[0].Any(char.IsDigit))
        {
            parts = [.. Enumerable.Range(0, parts[0].Length / 2).Select(i => parts[0].Substring(i * 2, 2))];
        }

        return [.. parts.Select(part => new GameMod(part.ToUpperInvariant()))];
    }

    internal static void Write<T>(OsuCommandOptions options, ParseResult parse, T value, Action<TextWriter, T> table)
    {
        if (options.Json(parse))
        {
            JsonOutput.Write(Console.Out, value, OsuJson.TypeInfo<T>());
        }
        else
        {
            table(Console.Out, value);
        }
    }
}
