using System.CommandLine;
using Guildhall.Cli.Output;

namespace Guildhall.Cli.Commands.Polympics;

/// <summary>The read commands: signups, account, accounts, team, teams, award, me.</summary>
internal static class PolympicsReadCommands
{
    public static IEnumerable<Command> Create(PolympicsCommandContext context)
    {
        var signups = new Command("signups", "Whether new users may register.");
        CommandRunner.SetAction(signups, async (parse, cancellationToken) =>
        {
            using var client = context.Anonymous(parse);
            var open = await client.Accounts.AreSignupsOpenAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine(parse.GetValue(context.Options.Json) ? $"{{\"signups_open\": {(open ? "true" : "false")}}}" : open ? "Signups are open." : "Signups are closed.");
        });
        yield return signups;

        var accountId = new Argument<ulong>("id") { Description = "The account's Discord id." };
        var account = new Command("account", "Show an account.") { accountId };
        CommandRunner.SetAction(account, async (parse, cancellationToken) =>
        {
            using var client = context.Anonymous(parse);
            context.Print(parse, await client.Accounts.GetAsync(parse.GetValue(accountId), cancellationToken).ConfigureAwait(false), PolympicsTables.Account);
        });
        yield return account;

        var teamId = new Argument<int>("id") { Description = "The team's id." };
        var team = new Command("team", "Show a team.") { teamId };
        CommandRunner.SetAction(team, async (parse, cancellationToken) =>
        {
            using var client = context.Anonymous(parse);
            context.Print(parse, await client.Teams.GetAsync(parse.GetValue(teamId), cancellationToken).ConfigureAwait(false), PolympicsTables.Team);
        });
        yield return team;

        var awardId = new Argument<int>("id") { Description = "The award's id." };
        var award = new Command("award", "Show an award, its holders and its team.") { awardId };
        CommandRunner.SetAction(award, async (parse, cancellationToken) =>
        {
            using var client = context.Anonymous(parse);
            context.Print(parse, await client.Awards.GetAsync(parse.GetValue(awardId), cancellationToken).ConfigureAwait(false), PolympicsTables.Award);
        });
        yield return award;

        yield return Accounts(context);
        yield return Teams(context);

        var me = new Command("me", "Show who the credentials authenticate as (an app or a session's account).");
        CommandRunner.SetAction(me, async (parse, cancellationToken) =>
        {
            using var client = context.Authenticated(parse);
            if (client is Guildhall.Polympics.PolympicsAppClient app)
            {
                var self = await app.GetSelfAsync(cancellationToken).ConfigureAwait(false);
                context.Print(parse, self, (output, value) => TableWriter.WritePairs(output, [("app", value.Username), ("name", value.Name), ("permissions", value.Permissions.ToString())]));
            }
            else
            {
                var self = await ((Guildhall.Polympics.PolympicsUserClient)client).GetSelfAsync(cancellationToken).ConfigureAwait(false);
                context.Print(parse, self, PolympicsTables.Account);
            }
        });
        yield return me;
    }

    private static Command Accounts(PolympicsCommandContext context)
    {
        var paging = new PagingOptions();
        var team = new Option<int?>("--team") { Description = "Only members of this team." };
        var command = new Command("accounts", "Search accounts by name (and team).") { team };
        paging.AddTo(command);
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            using var client = context.Anonymous(parse);
            var (text, page, perPage) = paging.Read(parse);
            if (paging.All(parse))
            {
                var all = await PagedReader.ReadAsync(client.Accounts.ListAsync(text, parse.GetValue(team), perPage, cancellationToken), int.MaxValue, "accounts", cancellationToken).ConfigureAwait(false);
                context.Print(parse, all, PolympicsTables.Accounts);
                return;
            }

            var result = await client.Accounts.GetPageAsync(text, parse.GetValue(team), page, perPage, cancellationToken).ConfigureAwait(false);
            context.Print(parse, result, (output, value) =>
            {
                PolympicsTables.Accounts(output, value.Data);
                PolympicsTables.Footer(output, value);
            });
        });
        return command;
    }

    private static Command Teams(PolympicsCommandContext context)
    {
        var paging = new PagingOptions();
        var command = new Command("teams", "Search teams by name.");
        paging.AddTo(command);
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            using var client = context.Anonymous(parse);
            var (text, page, perPage) = paging.Read(parse);
            if (paging.All(parse))
            {
                var all = await PagedReader.ReadAsync(client.Teams.ListAsync(text, perPage, cancellationToken), int.MaxValue, "teams", cancellationToken).ConfigureAwait(false);
                context.Print(parse, all, PolympicsTables.Teams);
                return;
            }

            var result = await client.Teams.GetPageAsync(text, page, perPage, cancellationToken).ConfigureAwait(false);
            context.Print(parse, result, (output, value) =>
            {
                PolympicsTables.Teams(output, value.Data);
                PolympicsTables.Footer(output, value);
            });
        });
        return command;
    }

    /// <summary>The search options shared by <c>accounts</c> and <c>teams</c>.</summary>
    private sealed class PagingOptions
    {
        private readonly Option<string?> _text = new("--q") { Description = "A part of the name (case-insensitive; % and _ are wildcards on the server)." };
        private readonly Option<int> _page = new("--page") { Description = "The page, from 0.", DefaultValueFactory = _ => 0 };
        private readonly Option<int> _perPage = new("--per-page") { Description = "The page size.", DefaultValueFactory = _ => Guildhall.Polympics.PolympicsDefaults.PageSize };
        private readonly Option<bool> _all = new("--all") { Description = "Walk every page instead of showing one." };

        public void AddTo(Command command)
        {
            command.Options.Add(_text);
            command.Options.Add(_page);
            command.Options.Add(_perPage);
            command.Options.Add(_all);
        }

        public (string? Text, int Page, int PerPage) Read(ParseResult parse) => (parse.GetValue(_text), parse.GetValue(_page), parse.GetValue(_perPage));

        public bool All(ParseResult parse) => parse.GetValue(_all);
    }
}
