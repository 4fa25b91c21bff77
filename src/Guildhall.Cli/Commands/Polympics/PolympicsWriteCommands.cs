using System.CommandLine;
using Guildhall.Cli.Output;
using Guildhall.Polympics.Models;

namespace Guildhall.Cli.Commands.Polympics;

/// <summary>The common writes: teams, an account's team, awards given and taken, and an app's callback.</summary>
internal static class PolympicsWriteCommands
{
    public static IEnumerable<Command> Create(PolympicsCommandContext context)
    {
        var name = new Argument<string>("name") { Description = "The team's name." };
        var createTeam = new Command("create-team", "Create a team (manage_teams).") { name };
        CommandRunner.SetAction(createTeam, async (parse, cancellationToken) =>
        {
            using var client = context.Authenticated(parse);
            context.Print(parse, await client.Teams.CreateAsync(parse.GetValue(name)!, cancellationToken).ConfigureAwait(false), PolympicsTables.Team);
        });
        yield return createTeam;

        var renameId = new Argument<int>("id") { Description = "The team's id." };
        var newName = new Argument<string>("name") { Description = "The new name." };
        var renameTeam = new Command("rename-team", "Rename a team (manage_teams, or a member's session with manage_own_team).") { renameId, newName };
        CommandRunner.SetAction(renameTeam, async (parse, cancellationToken) =>
        {
            using var client = context.Authenticated(parse);
            context.Print(parse, await client.Teams.UpdateAsync(parse.GetValue(renameId), parse.GetValue(newName)!, cancellationToken).ConfigureAwait(false), PolympicsTables.Team);
        });
        yield return renameTeam;

        var account = new Argument<ulong>("account") { Description = "The account's Discord id." };
        var team = new Argument<string>("team") { Description = "The team's id, or 'none' to leave the team." };
        var setTeam = new Command("set-team", "Move an account to a team, or out of its team.") { account, team };
        CommandRunner.SetAction(setTeam, async (parse, cancellationToken) =>
        {
            using var client = context.Authenticated(parse);
            var change = ParseTeam(parse.GetValue(team)!);
            context.Print(parse, await client.Accounts.UpdateAsync(parse.GetValue(account), new PolympicsAccountUpdate { Team = change }, cancellationToken).ConfigureAwait(false), PolympicsTables.Account);
        });
        yield return setTeam;

        yield return AwardCommand(context, "give-award", "Give an award to an account (manage_awards).", holds: true, (client, award, holder, token) =>
            client.Awards.GiveAsync(award, holder, token));
        yield return AwardCommand(context, "take-award", "Take an award from an account (manage_awards).", holds: false, (client, award, holder, token) =>
            client.Awards.TakeAsync(award, holder, token));

        var callbacks = new Command("callbacks", "List the app's callbacks (app credentials).");
        CommandRunner.SetAction(callbacks, async (parse, cancellationToken) =>
        {
            using var client = context.App(parse);
            var registered = new List<PolympicsCallback>();
            foreach (var eventType in (await client.Callbacks.GetAllAsync(cancellationToken).ConfigureAwait(false)).Keys)
            {
                if (await client.Callbacks.GetAsync(eventType, cancellationToken).ConfigureAwait(false) is { } callback)
                {
                    registered.Add(callback);
                }
            }

            context.Print<IReadOnlyList<PolympicsCallback>>(parse, registered, PolympicsTables.Callbacks);
        });
        yield return callbacks;

        var url = new Argument<string>("url") { Description = "Where the server posts account_team_update events." };
        var secret = new Option<string>("--secret") { Description = "The secret the server sends back as a bearer token.", Required = true };
        var setCallback = new Command("set-callback", "Register the app's account_team_update callback, replacing any earlier one.") { url, secret };
        CommandRunner.SetAction(setCallback, async (parse, cancellationToken) =>
        {
            using var client = context.App(parse);
            var target = Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
                ? parsed
                : throw new CommandException($"the callback url '{parse.GetValue(url)}' is not an absolute http or https address.", CommandFailure.BadInput);
            var callback = await client.Callbacks.CreateAsync(PolympicsEventType.AccountTeamUpdate, target, parse.GetValue(secret)!, cancellationToken).ConfigureAwait(false);
            context.Print(parse, callback, (output, value) => output.WriteLine($"callback {value.Id}: {value.Event} -> {value.Url}"));
        });
        yield return setCallback;

        var deleteCallback = new Command("delete-callback", "Remove the app's account_team_update callback.");
        CommandRunner.SetAction(deleteCallback, async (parse, cancellationToken) =>
        {
            using var client = context.App(parse);
            var deleted = await client.Callbacks.DeleteAsync(PolympicsEventType.AccountTeamUpdate, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(deleted ? "Deleted." : "No callback was registered.");
        });
        yield return deleteCallback;
    }

    private static PolympicsTeamChange ParseTeam(string value) =>
        string.Equals(value, "none", StringComparison.OrdinalIgnoreCase) ? PolympicsTeamChange.NoTeam
        : int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0 ? PolympicsTeamChange.To(id)
        : throw new ArgumentException("The team is a team id or 'none'.");

    /// <summary><c>give-award</c> and <c>take-award</c>: <paramref name="act"/> answers whether it changed anything.</summary>
    private static Command AwardCommand(
        PolympicsCommandContext context, string name, string description, bool holds, Func<Guildhall.Polympics.PolympicsAuthenticatedClient, int, ulong, CancellationToken, Task<bool>> act)
    {
        var award = new Argument<int>("award") { Description = "The award's id." };
        var account = new Argument<ulong>("account") { Description = "The account's Discord id." };
        var command = new Command(name, description) { award, account };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            using var client = context.Authenticated(parse);
            var changed = await act(client, parse.GetValue(award), parse.GetValue(account), cancellationToken).ConfigureAwait(false);
            context.Print(
                parse,
                new AwardHoldingAnswer(parse.GetValue(award), parse.GetValue(account), holds, changed),
                CliJsonContext.Default.AwardHoldingAnswer,
                (output, answer) => output.WriteLine(answer.Summary()));
        });
        return command;
    }
}
