using Guildhall.Core.Errors;
using Guildhall.Polympics;
using Guildhall.Polympics.Models;
using Guildhall.Sandbox.Polympics;

namespace Guildhall.Cli.Tour;

/// <summary>The Polympics part of the tour: every kind of client, the awkward status codes, and a callback arriving at a receiver.</summary>
internal sealed class PolympicsTourSection : ITourSection
{
    private const ulong Apollo = 310473552284467203;

    public string Title => "Polympics";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var options = new PolympicsClientOptions { BaseAddress = context.Sandbox.GetApiBase("polympics") };
        await using var anonymous = new PolympicsClient(options);
        await using var app = new PolympicsAppClient(new PolympicsCredentials(PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken), options);
        await using var limited = new PolympicsAppClient(new PolympicsCredentials(PolympicsSandboxCredentials.LimitedAppUsername, PolympicsSandboxCredentials.LimitedAppToken), options);

        await context.StepAsync("GET /accounts/signups", async () =>
            await anonymous.Accounts.AreSignupsOpenAsync(cancellationToken).ConfigureAwait(false) ? "signups are open" : "signups are closed").ConfigureAwait(false);
        await context.StepAsync("GET /account/{id}", async () =>
        {
            var account = await anonymous.Accounts.GetAsync(PolympicsSandboxCredentials.CaptainAccountId, cancellationToken).ConfigureAwait(false);
            return $"{account.Name}#{account.Discriminator} of {account.Team?.Name}, permissions {account.Permissions}";
        }).ConfigureAwait(false);
        await context.StepAsync("GET /accounts/search, every page", async () =>
        {
            var count = 0;
            await foreach (var _ in anonymous.Accounts.ListAsync(perPage: 10, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                count++;
            }

            return $"{count} accounts walked 10 at a time";
        }).ConfigureAwait(false);
        await context.StepAsync("GET /award/{id}", async () =>
        {
            var award = await anonymous.Awards.GetAsync(1, cancellationToken).ConfigureAwait(false);
            return $"\"{award.Award.Title}\" held by {string.Join(", ", award.Awardees.Select(a => a.Name))}";
        }).ConfigureAwait(false);
        await context.StepAsync("GET /account/{unknown}: 422, not 404", async () =>
        {
            try
            {
                await anonymous.Accounts.GetAsync(42, cancellationToken).ConfigureAwait(false);
                throw new InvalidOperationException("an unknown account was found");
            }
            catch (ApiValidationException exception) when (PolympicsErrorDetails.IsUnknownId(exception))
            {
                return $"{exception.Errors[0].Location}: {exception.Errors[0].Message}";
            }
        }).ConfigureAwait(false);
        await context.StepAsync("POST /teams/new without manage_teams: 403", async () =>
        {
            try
            {
                await limited.Teams.CreateAsync("Nope", cancellationToken).ConfigureAwait(false);
                throw new InvalidOperationException("the limited app created a team");
            }
            catch (ApiForbiddenException exception)
            {
                return exception.ServerMessage ?? "forbidden";
            }
        }).ConfigureAwait(false);
        await context.StepAsync("POST /teams/new, PATCH /team/{id}", async () =>
        {
            var team = await app.Teams.CreateAsync("Kickoo", cancellationToken).ConfigureAwait(false);
            var renamed = await app.Teams.UpdateAsync(team.Id, "Kickoo Raiders", cancellationToken).ConfigureAwait(false);
            return $"team {renamed.Id} is now \"{renamed.Name}\"";
        }).ConfigureAwait(false);
        await context.StepAsync("PUT then DELETE /account/{a}/award/{b} twice", async () =>
        {
            var given = await app.Awards.GiveAsync(3, Apollo, cancellationToken).ConfigureAwait(false);
            var givenAgain = await app.Awards.GiveAsync(3, Apollo, cancellationToken).ConfigureAwait(false);
            var taken = await app.Awards.TakeAsync(3, Apollo, cancellationToken).ConfigureAwait(false);
            var takenAgain = await app.Awards.TakeAsync(3, Apollo, cancellationToken).ConfigureAwait(false);
            return $"given {given} (201), again {givenAgain} (208); taken {taken} (204), again {takenAgain} (body-less 404)";
        }).ConfigureAwait(false);
        await CallbackStepAsync(context, app, cancellationToken).ConfigureAwait(false);
        await SessionStepsAsync(context, anonymous, app, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task CallbackStepAsync(TourContext context, PolympicsAppClient app, CancellationToken cancellationToken)
    {
        await context.StepAsync("PUT /callback/account_team_update, then a team change reaches the bot", async () =>
        {
            const string secret = "tour-callback-secret";
            await using var receiver = await PolympicsCallbackReceiver.StartAsync(secret, cancellationToken).ConfigureAwait(false);
            await app.Callbacks.CreateAsync(PolympicsEventType.AccountTeamUpdate, receiver.Url, secret, cancellationToken).ConfigureAwait(false);
            await app.Accounts.UpdateAsync(Apollo, new PolympicsAccountUpdate { Team = PolympicsTeamChange.To(3) }, cancellationToken).ConfigureAwait(false);
            var received = await receiver.FirstEventAsync(TimeSpan.FromSeconds(15), cancellationToken).ConfigureAwait(false);
            await app.Callbacks.DeleteAsync(PolympicsEventType.AccountTeamUpdate, cancellationToken).ConfigureAwait(false);
            return $"{receiver.Url} received: {received.Account.Name} joined {received.Team?.Name}";
        }).ConfigureAwait(false);
    }

    private static async Task SessionStepsAsync(TourContext context, PolympicsClient anonymous, PolympicsAppClient app, PolympicsClientOptions options, CancellationToken cancellationToken)
    {
        await context.StepAsync("POST /auth/create_session, GET /auth/me as the user", async () =>
        {
            var session = await app.CreateSessionAsync(Apollo, cancellationToken).ConfigureAwait(false);
            await using var user = new PolympicsUserClient(session, options);
            var self = await user.GetSelfAsync(cancellationToken).ConfigureAwait(false);
            return $"{session.Username} acts as {self.Name} until {session.ExpiresAt:u}";
        }).ConfigureAwait(false);
        await context.StepAsync("POST /auth/discord", async () =>
        {
            var session = await anonymous.AuthenticateWithDiscordAsync(PolympicsSandboxCredentials.NewcomerDiscordToken, cancellationToken).ConfigureAwait(false);
            var account = await anonymous.Accounts.GetAsync(PolympicsSandboxCredentials.NewcomerDiscordId, cancellationToken).ConfigureAwait(false);
            return $"{account.Name} signed in as {session.Username} (account created on the way)";
        }).ConfigureAwait(false);
        await context.StepAsync("POST /auth/reset_token as an app, then GET /auth/me with the new token", async () =>
        {
            var renewed = await app.ResetTokenAsync(cancellationToken).ConfigureAwait(false);
            var self = await app.GetSelfAsync(cancellationToken).ConfigureAwait(false);
            return $"{renewed.Username} switched to its new token; the server still knows it as \"{self.Name}\"";
        }).ConfigureAwait(false);
        await context.StepAsync("POST /auth/reset_token as a user: the server keeps the new token", async () =>
        {
            await using var captain = new PolympicsUserClient(new PolympicsCredentials(PolympicsSandboxCredentials.CaptainSessionUsername, PolympicsSandboxCredentials.CaptainSessionToken), options);
            var reset = await captain.ResetTokenAsync(cancellationToken).ConfigureAwait(false);
            return reset.IsSessionLost
                ? $"answered with {reset.Account?.Name}'s account; the client now refuses to send the dead token"
                : "answered with a renewed session";
        }).ConfigureAwait(false);
    }
}
