using System.CommandLine;
using Guildhall.Cli.Output;
using Guildhall.Polympics;
using Guildhall.Polympics.Models;

namespace Guildhall.Cli.Commands.Polympics;

/// <summary>
/// Accounts, teams and awards created, changed and deleted, and the session commands: an app opening a session for an
/// account, a Discord sign-in, and token resets. A new token is printed only with <c>--show-token</c>; without it the
/// output says where the token went, never the token.
/// </summary>
internal static class PolympicsAdminCommands
{
    public static IEnumerable<Command> Create(PolympicsCommandContext context)
    {
        yield return CreateAccount(context);
        yield return UpdateAccount(context);
        yield return Delete(context, "delete-account", "Delete an account (manage_account_details).", new Argument<ulong>("id") { Description = "The account's Discord id." },
            (client, id, token) => client.Accounts.DeleteAsync(id, token));
        yield return Delete(context, "delete-team", "Delete a team (manage_teams).", new Argument<int>("id") { Description = "The team's id." },
            (client, id, token) => client.Teams.DeleteAsync(id, token));
        yield return CreateAward(context);
        yield return UpdateAward(context);
        yield return Delete(context, "delete-award", "Delete an award (manage_awards).", new Argument<int>("id") { Description = "The award's id." },
            (client, id, token) => client.Awards.DeleteAsync(id, token));
        yield return CreateSession(context);
        yield return DiscordSession(context);
        yield return ResetToken(context);
    }

    private static Command CreateAccount(PolympicsCommandContext context)
    {
        var id = new Argument<ulong>("id") { Description = "The account's Discord id." };
        var name = new Argument<string>("name") { Description = "The Discord name." };
        var discriminator = new Option<string>("--discriminator") { Description = "The Discord discriminator.", DefaultValueFactory = _ => "0" };
        var avatar = new Option<string?>("--avatar-url") { Description = "The avatar's address." };
        var team = new Option<int?>("--team") { Description = "The team to join." };
        var permissions = new Option<int>("--permissions") { Description = "The account permissions as a number (a bit set)." };
        var command = new Command("create-account", "Create an account (manage_account_details).") { id, name, discriminator, avatar, team, permissions };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            using var client = context.Authenticated(parse);
            var created = await client.Accounts.CreateAsync(
                new PolympicsNewAccount
                {
                    Id = parse.GetValue(id),
                    Name = parse.GetValue(name)!,
                    Discriminator = parse.GetValue(discriminator)!,
                    AvatarUrl = Url(parse.GetValue(avatar), "--avatar-url"),
                    Team = parse.GetValue(team),
                    Permissions = (PolympicsPermissions)parse.GetValue(permissions),
                },
                cancellationToken).ConfigureAwait(false);
            context.Print(parse, created, PolympicsTables.Account);
        });
        return command;
    }

    private static Command UpdateAccount(PolympicsCommandContext context)
    {
        var id = new Argument<ulong>("id") { Description = "The account's Discord id." };
        var name = new Option<string?>("--name") { Description = "A new Discord name." };
        var discriminator = new Option<string?>("--discriminator") { Description = "A new discriminator." };
        var avatar = new Option<string?>("--avatar-url") { Description = "A new avatar address." };
        var grant = new Option<int?>("--grant") { Description = "Permissions to add, as a number (manage_permissions)." };
        var revoke = new Option<int?>("--revoke") { Description = "Permissions to remove, as a number (manage_permissions)." };
        var command = new Command("update-account", "Change an account's details or permissions (set-team moves it between teams).") { id, name, discriminator, avatar, grant, revoke };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            using var client = context.Authenticated(parse);
            var update = new PolympicsAccountUpdate
            {
                Name = parse.GetValue(name),
                Discriminator = parse.GetValue(discriminator),
                AvatarUrl = Url(parse.GetValue(avatar), "--avatar-url"),
                GrantPermissions = (PolympicsPermissions?)parse.GetValue(grant),
                RevokePermissions = (PolympicsPermissions?)parse.GetValue(revoke),
            };
            context.Print(parse, await client.Accounts.UpdateAsync(parse.GetValue(id), update, cancellationToken).ConfigureAwait(false), PolympicsTables.Account);
        });
        return command;
    }

    private static Command CreateAward(PolympicsCommandContext context)
    {
        var title = new Argument<string>("title") { Description = "The award's title." };
        var image = new Option<string>("--image-url") { Description = "The award's image.", Required = true };
        var team = new Option<int>("--team") { Description = "The team the award belongs to.", Required = true };
        var accounts = new Option<ulong[]>("--account") { Description = "An account to give it to at once; repeat for more." };
        var command = new Command("create-award", "Create an award (manage_awards).") { title, image, team, accounts };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            using var client = context.Authenticated(parse);
            var award = await client.Awards.CreateAsync(
                new PolympicsNewAward { Title = parse.GetValue(title)!, ImageUrl = Url(parse.GetValue(image), "--image-url")!, Team = parse.GetValue(team), Accounts = parse.GetValue(accounts) ?? [] },
                cancellationToken).ConfigureAwait(false);
            context.Print(parse, award, PrintAward);
        });
        return command;
    }

    private static Command UpdateAward(PolympicsCommandContext context)
    {
        var id = new Argument<int>("id") { Description = "The award's id." };
        var title = new Option<string?>("--title") { Description = "A new title." };
        var image = new Option<string?>("--image-url") { Description = "A new image." };
        var team = new Option<int?>("--team") { Description = "Move the award to this team." };
        var command = new Command("update-award", "Change an award (manage_awards).") { id, title, image, team };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            using var client = context.Authenticated(parse);
            var award = await client.Awards.UpdateAsync(
                parse.GetValue(id), new PolympicsAwardUpdate { Title = parse.GetValue(title), ImageUrl = Url(parse.GetValue(image), "--image-url"), Team = parse.GetValue(team) }, cancellationToken).ConfigureAwait(false);
            context.Print(parse, award, PrintAward);
        });
        return command;
    }

    private static Command Delete<TId>(
        PolympicsCommandContext context, string name, string description, Argument<TId> id, Func<PolympicsAuthenticatedClient, TId, CancellationToken, Task> delete)
    {
        var command = new Command(name, description) { id };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            using var client = context.Authenticated(parse);
            await delete(client, parse.GetValue(id)!, cancellationToken).ConfigureAwait(false);
            // "delete-team" deletes a team: say which thing went, not only its id.
            context.Options.WriteDone(parse, $"Deleted {name["delete-".Length..]} {parse.GetValue(id)}.");
        });
        return command;
    }

    private static Command CreateSession(PolympicsCommandContext context)
    {
        var account = new Argument<ulong>("account") { Description = "The account's Discord id." };
        var reveal = RevealOption();
        var command = new Command("create-session", "Open a user session for an account (app credentials with authenticate_users).") { account, reveal };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            using var client = context.App(parse);
            var session = await client.CreateSessionAsync(parse.GetValue(account), cancellationToken).ConfigureAwait(false);
            PrintToken(context, parse, reveal, session.Username, session.Token, session.ExpiresAt);
        });
        return command;
    }

    private static Command DiscordSession(PolympicsCommandContext context)
    {
        var discordToken = new Option<string?>("--discord-token") { Description = $"The user's Discord OAuth token. Defaults to {DiscordTokenVariable}." };
        var reveal = RevealOption();
        var command = new Command("discord-login", "Sign a user in with their Discord token and open a session (no credentials needed).") { discordToken, reveal };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var token = parse.GetValue(discordToken) ?? Environment.GetEnvironmentVariable(DiscordTokenVariable)
                ?? throw new CommandException($"no Discord token: pass --discord-token or set {DiscordTokenVariable}.", CommandFailure.BadInput);
            using var client = context.Anonymous(parse);
            var session = await client.AuthenticateWithDiscordAsync(token, cancellationToken).ConfigureAwait(false);
            PrintToken(context, parse, reveal, session.Username, session.Token, session.ExpiresAt);
        });
        return command;
    }

    private static Command ResetToken(PolympicsCommandContext context)
    {
        var reveal = RevealOption();
        var command = new Command(
            "reset-token",
            "Replace the credentials' token (an app's, or a session's): the old one stops working at once, so the new one is shown once, with --show-token.")
        {
            reveal,
        };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            // Refused before the reset: a reset whose token is not shown would lock the user out.
            if (!parse.GetValue(reveal))
            {
                throw new CommandException("reset-token replaces the token and shows the new one only once: add --show-token to print it.", CommandFailure.BadInput);
            }

            using var client = context.Authenticated(parse);
            if (client is PolympicsAppClient app)
            {
                var credentials = await app.ResetTokenAsync(cancellationToken).ConfigureAwait(false);
                PrintToken(context, parse, reveal, credentials.Username, credentials.Token, null);
            }
            else
            {
                var reset = await ((PolympicsUserClient)client).ResetTokenAsync(cancellationToken).ConfigureAwait(false);
                var session = reset.Session ?? throw new CommandException("Polympics reset the token but sent no new session back.", CommandFailure.Failed);
                PrintToken(context, parse, reveal, session.Username, session.Token, session.ExpiresAt);
            }
        });
        return command;
    }

    private const string DiscordTokenVariable = "DISCORD_TOKEN";

    private static void PrintAward(TextWriter output, PolympicsAward award) => output.WriteLine($"award {TableCells.Id(award.Id)}: {award.Title}");

    /// <summary>An absolute http or https address from an option, or <see langword="null"/> when the option is absent.</summary>
    private static Uri? Url(string? value, string option) => value is null ? null : HttpAddress.Parse(value, option);

    private static Option<bool> RevealOption() => new("--show-token") { Description = "Print the token (as USERNAME:TOKEN, ready for --credentials). Without it the token is never printed." };

    private static void PrintToken(PolympicsCommandContext context, ParseResult parse, Option<bool> reveal, string username, string token, DateTimeOffset? expiresAt)
    {
        var answer = new PolympicsCredentialsAnswer(username, parse.GetValue(reveal) ? $"{username}:{token}" : null, expiresAt);
        context.Print(parse, answer, CliJsonContext.Default.PolympicsCredentialsAnswer, (output, value) =>
        {
            var expiry = value.ExpiresAt is { } at ? $", expires {TableCells.Time(at)}" : "";
            output.WriteLine(value.Credentials is { } shown
                ? $"{shown}"
                : $"session {value.Username}{expiry}; the token is not shown (add --show-token to print it).");
            if (value.Credentials is not null && expiry.Length > 0)
            {
                Console.Error.WriteLine($"{value.Username}{expiry}");
            }
        });
    }
}
