using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Polympics.Models;
using Guildhall.Sandbox.Polympics;

namespace Guildhall.Polympics.Tests;

public sealed class AccountsClientTests : PolympicsClientTestBase
{
    private static PolympicsNewAccount Artemis(ulong id = 1234567) => new()
    {
        Id = id,
        Name = "Artemis",
        Discriminator = "8472",
        AvatarUrl = new Uri("https://picsum.photos/200"),
        Team = 5,
    };

    [Fact]
    public async Task Signups_reflect_the_server_setting()
    {
        Assert.True(await Anonymous.Accounts.AreSignupsOpenAsync());
        await SetSignupsAsync(false);
        Assert.False(await Anonymous.Accounts.AreSignupsOpenAsync());
    }

    [Fact]
    public async Task Get_reads_every_field()
    {
        var account = await Anonymous.Accounts.GetAsync(CaptainId);
        Assert.Equal(CaptainId, account.Id);
        Assert.Equal("Athena", account.Name);
        Assert.Equal("0001", account.Discriminator);
        Assert.Equal(PolympicsPermissions.ManageOwnTeam, account.Permissions);
        Assert.Equal("Gods of Olympus", account.Team!.Name);
        Assert.Equal(5, account.Team.MemberCount);
        Assert.Equal(SandboxTime.GetUtcNow(), account.CreatedAt);
        Assert.Equal("Perfect 10 Gold", Assert.Single(account.Awards).Title);
        Assert.Equal(new Uri($"https://cdn.discordapp.com/avatars/{CaptainId}/5e1f0c3b2a9d8e7f.png"), account.AvatarUrl);
    }

    [Fact]
    public async Task Public_reads_send_no_credentials()
    {
        await App.Accounts.GetAsync(CaptainId);
        Assert.Null(Assert.Single(Recorder.Requests).Authorization);
    }

    [Fact]
    public async Task An_unknown_id_is_a_validation_error_with_its_location()
    {
        var error = await Assert.ThrowsAsync<ApiValidationException>(() => Anonymous.Accounts.GetAsync(42));
        Assert.Equal((HttpStatusCode)422, error.StatusCode);
        var issue = Assert.Single(error.Errors);
        Assert.Equal(("path.account", "Account not found.", "value_error"), (issue.Location, issue.Message, issue.Type));
        Assert.True(PolympicsErrorDetails.IsUnknownId(error));
    }

    [Fact]
    public async Task Create_then_get()
    {
        var created = await App.Accounts.CreateAsync(Artemis() with { Permissions = PolympicsPermissions.ManageAwards | PolympicsPermissions.ManageOwnTeam });
        Assert.Equal(1234567ul, created.Id);
        Assert.Equal(5, created.Team!.Id);
        Assert.Equal(PolympicsPermissions.ManageAwards | PolympicsPermissions.ManageOwnTeam, created.Permissions);
        Assert.Equal(created, await Anonymous.Accounts.GetAsync(1234567) with { Team = created.Team, Awards = created.Awards });
    }

    [Fact]
    public async Task Create_twice_is_a_plain_client_error_409()
    {
        await App.Accounts.CreateAsync(Artemis());
        var error = await Assert.ThrowsAsync<GuildhallApiException>(() => App.Accounts.CreateAsync(Artemis()));
        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.True(PolympicsErrorDetails.Is(error, PolympicsErrorDetails.DuplicateAccount));
    }

    [Fact]
    public async Task Create_while_signups_are_closed_is_forbidden()
    {
        await SetSignupsAsync(false);
        var error = await Assert.ThrowsAsync<ApiForbiddenException>(() => App.Accounts.CreateAsync(Artemis()));
        Assert.Equal(PolympicsErrorDetails.SignupsClosed, error.ServerMessage);
    }

    [Fact]
    public async Task Create_without_the_permission_is_outside_scope()
    {
        var error = await Assert.ThrowsAsync<ApiForbiddenException>(() => Captain.Accounts.CreateAsync(Artemis()));
        Assert.True(PolympicsErrorDetails.Is(error, PolympicsErrorDetails.OutsideScope));
    }

    [Fact]
    public async Task Create_rejects_bad_input_before_sending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => App.Accounts.CreateAsync(Artemis() with { Name = "" }));
        await Assert.ThrowsAsync<ArgumentException>(() => App.Accounts.CreateAsync(Artemis() with { Name = new string('n', 256) }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => App.Accounts.CreateAsync(Artemis(ulong.MaxValue)));
        Assert.Empty(Recorder.Requests);
    }

    [Fact]
    public async Task Update_changes_details_and_sends_only_what_was_set()
    {
        var updated = await App.Accounts.UpdateAsync(CaptainId, new PolympicsAccountUpdate { Name = "Pallas", AvatarUrl = new Uri("https://x.example/a.png") });
        Assert.Equal("Pallas", updated.Name);
        Assert.Equal("0001", updated.Discriminator);
        Assert.Equal(new Uri("https://x.example/a.png"), updated.AvatarUrl);
        Assert.Equal(1, updated.Team!.Id);
    }

    [Fact]
    public async Task Update_moves_between_teams_and_no_team_removes_it()
    {
        var moved = await App.Accounts.UpdateAsync(Apollo, new PolympicsAccountUpdate { Team = PolympicsTeamChange.To(3) });
        Assert.Equal(3, moved.Team!.Id);
        var removed = await App.Accounts.UpdateAsync(Apollo, new PolympicsAccountUpdate { Team = PolympicsTeamChange.NoTeam });
        Assert.Null(removed.Team);
    }

    [Fact]
    public async Task A_user_joins_a_team_themself()
    {
        var joined = await Captain.Accounts.UpdateAsync(CaptainId, new PolympicsAccountUpdate { Team = PolympicsTeamChange.To(2) });
        Assert.Equal(2, joined.Team!.Id);
    }

    [Fact]
    public async Task Update_to_an_unknown_team_reports_both_readings_of_the_value()
    {
        var error = await Assert.ThrowsAsync<ApiValidationException>(() => App.Accounts.UpdateAsync(Apollo, new PolympicsAccountUpdate { Team = PolympicsTeamChange.To(99) }));
        Assert.Equal(["Team not found.", "Should fall through to next type."], error.Errors.Select(e => e.Message));
        Assert.All(error.Errors, e => Assert.Equal("body.team", e.Location));
    }

    [Fact]
    public async Task Grant_and_revoke_permissions()
    {
        var granted = await App.Accounts.UpdateAsync(Apollo, new PolympicsAccountUpdate { GrantPermissions = PolympicsPermissions.ManageAwards | PolympicsPermissions.ManageTeams });
        Assert.Equal(PolympicsPermissions.ManageAwards | PolympicsPermissions.ManageTeams, granted.Permissions);
        var revoked = await AdminUser.Accounts.UpdateAsync(Apollo, new PolympicsAccountUpdate { RevokePermissions = PolympicsPermissions.ManageTeams });
        Assert.Equal(PolympicsPermissions.ManageAwards, revoked.Permissions);
        await Assert.ThrowsAsync<ApiForbiddenException>(() => LimitedApp.Accounts.UpdateAsync(Apollo, new PolympicsAccountUpdate { GrantPermissions = PolympicsPermissions.ManageAccountDetails }));
    }

    [Fact]
    public async Task Refresh_from_discord_copies_the_discord_profile()
    {
        var refreshed = await Captain.Accounts.RefreshFromDiscordAsync(CaptainId, PolympicsSandboxCredentials.CaptainDiscordToken);
        Assert.Equal("Pallas Athena", refreshed.Name);
        Assert.Equal("1001", refreshed.Discriminator);

        var bad = await Assert.ThrowsAsync<ApiValidationException>(() => Captain.Accounts.RefreshFromDiscordAsync(CaptainId, "expired"));
        Assert.Equal(PolympicsErrorDetails.BadDiscordToken, bad.ServerMessage);
        Assert.Empty(bad.Errors);
        var other = await Assert.ThrowsAsync<ApiForbiddenException>(() => Captain.Accounts.RefreshFromDiscordAsync(AdminId, PolympicsSandboxCredentials.CaptainDiscordToken));
        Assert.Equal(PolympicsErrorDetails.DiscordTokenOfAnotherAccount, other.ServerMessage);
    }

    [Fact]
    public async Task Update_refuses_empty_values_the_server_would_ignore()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => App.Accounts.UpdateAsync(Apollo, new PolympicsAccountUpdate { Discriminator = "" }));
        Assert.Empty(Recorder.Requests);
    }

    [Fact]
    public async Task Delete_an_account_and_a_user_deletes_their_own()
    {
        await App.Accounts.DeleteAsync(Apollo);
        Assert.True(PolympicsErrorDetails.IsUnknownId(await Assert.ThrowsAsync<ApiValidationException>(() => Anonymous.Accounts.GetAsync(Apollo))));
        await Assert.ThrowsAsync<ApiForbiddenException>(() => Captain.Accounts.DeleteAsync(AdminId));
        await Captain.Accounts.DeleteAsync(CaptainId);
    }

    [Fact]
    public async Task Discord_sign_in_returns_a_session_that_a_user_client_can_use()
    {
        var session = await Anonymous.AuthenticateWithDiscordAsync(PolympicsSandboxCredentials.NewcomerDiscordToken);
        Assert.StartsWith("S", session.Username, StringComparison.Ordinal);
        Assert.Equal(SandboxTime.GetUtcNow().AddDays(30), session.ExpiresAt);
        using var user = new PolympicsUserClient(NewHttpClient(), SignedIn(Options(), session.ToCredentials()));
        Assert.Equal(PolympicsSandboxCredentials.NewcomerDiscordId, (await user.GetSelfAsync()).Id);
    }

    [Fact]
    public async Task Discord_sign_in_errors()
    {
        var bad = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => Anonymous.AuthenticateWithDiscordAsync("nope"));
        Assert.Equal(PolympicsErrorDetails.BadDiscordToken, bad.ServerMessage);
        await SetSignupsAsync(false);
        await Assert.ThrowsAsync<ApiForbiddenException>(() => Anonymous.AuthenticateWithDiscordAsync(PolympicsSandboxCredentials.NewcomerDiscordToken));
    }
}
