using System.CommandLine;
using Guildhall.Cli.Output;
using Guildhall.Osu;
using Guildhall.Osu.Models;

namespace Guildhall.Cli.Commands.Osu;

/// <summary>
/// <c>guildhall osu friends|kudosu|most-played|activity|events|spotlights|score|revoke</c>: the per-user lists, the
/// site's feeds, single scores and revoking a session's token.
/// </summary>
internal static class OsuProfileCommands
{
    public static IEnumerable<Command> Create(OsuCommandOptions options) =>
        [Friends(options), Kudosu(options), MostPlayed(options), Activity(options), Events(options), Spotlights(options), Score(options), Revoke(options)];

    private static Command Friends(OsuCommandOptions options)
    {
        var command = new Command("friends", "List the friends of the user of --session (needs a stored session with friends.read).");
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, await osu.Users.GetFriendsAsync(cancellationToken).ConfigureAwait(false), OsuContentPrinter.Friends);
        });
        return command;
    }

    private static Command Kudosu(OsuCommandOptions options) => UserList(options, "kudosu", "List a user's kudosu history.", 20,
        (osu, user, limit, token) => PagedReader.ReadAsync(osu.Users.ListKudosuHistoryAsync(user, Math.Clamp(limit, 1, 100), token), limit, token), OsuContentPrinter.Kudosu);

    private static Command MostPlayed(OsuCommandOptions options) => UserList(options, "most-played", "List a user's most played beatmaps.", 20,
        (osu, user, limit, token) => PagedReader.ReadAsync(osu.Users.ListMostPlayedAsync(user, Math.Clamp(limit, 1, 100), token), limit, token), OsuContentPrinter.MostPlayed);

    private static Command Activity(OsuCommandOptions options) => UserList(options, "activity", "List a user's recent activity.", 20,
        (osu, user, limit, token) => PagedReader.ReadAsync(osu.Users.ListRecentActivityAsync(user, Math.Clamp(limit, 1, 100), token), limit, token), OsuContentPrinter.Activity);

    private static Command Events(OsuCommandOptions options)
    {
        var limit = OsuCommands.LimitOption(20);
        var command = new Command("events", "List the site's global event feed, newest first.") { limit };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, await PagedReader.ReadAsync(osu.Events.ListAsync(cancellationToken: cancellationToken), parse.GetValue(limit), cancellationToken).ConfigureAwait(false), OsuContentPrinter.Activity);
        });
        return command;
    }

    private static Command Spotlights(OsuCommandOptions options)
    {
        var command = new Command("spotlights", "List the spotlights (themed rankings).");
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, await osu.Rankings.GetSpotlightsAsync(cancellationToken).ConfigureAwait(false), OsuContentPrinter.Spotlights);
        });
        return command;
    }

    private static Command Score(OsuCommandOptions options)
    {
        var score = new Argument<long>("score-id") { Description = "The score's id (its lazer id, or its legacy id with --mode)." };
        var mode = OsuCommands.ModeOption();
        mode.Description = "The mode of a legacy (stable) score id; omit for a lazer score id.";
        var command = new Command("score", "Show one score.") { score, mode };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            var found = OsuCommands.ParseMode(parse.GetValue(mode)) is { } gameMode
                ? await osu.Scores.GetLegacyAsync(gameMode, parse.GetValue(score), cancellationToken: cancellationToken).ConfigureAwait(false)
                : await osu.Scores.GetAsync(parse.GetValue(score), cancellationToken: cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, found, (output, value) => OsuPrinter.Scores(output, [value]));
        });
        return command;
    }

    private static Command Revoke(OsuCommandOptions options)
    {
        var command = new Command("revoke", "Revoke the token of --session (or the app's) and forget it.");
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            await osu.RevokeTokenAsync(cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteLineAsync(osu.SessionId == 0 ? "Revoked the app's token." : $"Revoked the token of session {osu.SessionId}.").ConfigureAwait(false);
        });
        return command;
    }

    private static Command UserList<T>(
        OsuCommandOptions options, string name, string description, int defaultLimit,
        Func<OsuClient, long, int, CancellationToken, Task<IReadOnlyList<T>>> list, Action<TextWriter, IReadOnlyList<T>> table)
    {
        var user = new Argument<long>("user-id") { Description = "The user's id." };
        var limit = OsuCommands.LimitOption(defaultLimit);
        var command = new Command(name, description) { user, limit };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, await list(osu, parse.GetValue(user), parse.GetValue(limit), cancellationToken).ConfigureAwait(false), table);
        });
        return command;
    }
}
