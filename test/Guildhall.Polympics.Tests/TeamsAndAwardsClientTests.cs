using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Tests;

public sealed class TeamsAndAwardsClientTests : PolympicsClientTestBase
{
    private static readonly Uri Image = new("https://polympics.example/awards/new.png");

    [Fact]
    public async Task Teams_create_get_rename_delete()
    {
        var created = await App.Teams.CreateAsync("Kickoo");
        Assert.Equal(0, created.MemberCount);
        Assert.Equal("Kickoo", (await Anonymous.Teams.GetAsync(created.Id)).Name);
        Assert.Equal("Kickoo Raiders", (await App.Teams.UpdateAsync(created.Id, "Kickoo Raiders")).Name);
        await App.Teams.DeleteAsync(created.Id);
        Assert.True(PolympicsErrorDetails.IsUnknownId(await Assert.ThrowsAsync<ApiValidationException>(() => Anonymous.Teams.GetAsync(created.Id))));
    }

    [Fact]
    public async Task A_captain_renames_only_their_own_team()
    {
        Assert.Equal("Olympians", (await Captain.Teams.UpdateAsync(1, "Olympians")).Name);
        await Assert.ThrowsAsync<ApiForbiddenException>(() => Captain.Teams.UpdateAsync(2, "Nope"));
        await Assert.ThrowsAsync<ApiForbiddenException>(() => LimitedApp.Teams.CreateAsync("Nope"));
    }

    [Fact]
    public async Task Deleting_a_team_that_awards_were_given_for_is_a_server_error()
    {
        var error = await Assert.ThrowsAsync<ApiServerException>(() => App.Teams.DeleteAsync(1));
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("Internal Server Error", error.RawBody);
    }

    [Fact]
    public async Task Award_details_carry_the_holders_and_the_team()
    {
        var details = await Anonymous.Awards.GetAsync(1);
        Assert.Equal("Perfect 10 Gold", details.Award.Title);
        Assert.Equal([CaptainId, AdminId], details.Awardees.Select(a => a.Id));
        Assert.Equal(1, details.Team!.Id);
    }

    [Fact]
    public async Task Awards_create_update_delete()
    {
        var award = await App.Awards.CreateAsync(new PolympicsNewAward { Title = "Gold", ImageUrl = Image, Team = 3, Accounts = [Apollo, Apollo] });
        Assert.Equal("Gold", award.Title);
        Assert.Equal([Apollo], (await Anonymous.Awards.GetAsync(award.Id)).Awardees.Select(a => a.Id));

        var updated = await App.Awards.UpdateAsync(award.Id, new PolympicsAwardUpdate { Title = "Platinum" });
        Assert.Equal(("Platinum", Image), (updated.Title, updated.ImageUrl));

        await App.Awards.DeleteAsync(award.Id);
        Assert.Empty((await Anonymous.Accounts.GetAsync(Apollo)).Awards);
    }

    [Fact]
    public async Task Award_input_the_server_would_crash_on_is_refused_before_sending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => App.Awards.CreateAsync(new PolympicsNewAward { Title = new string('t', 33), ImageUrl = Image, Team = 1 }));
        await Assert.ThrowsAsync<ArgumentException>(() => App.Awards.UpdateAsync(1, new PolympicsAwardUpdate { Title = "" }));
        Assert.Empty(Recorder.Requests);
    }

    [Fact]
    public async Task An_unknown_awardee_is_reported_by_its_index()
    {
        var error = await Assert.ThrowsAsync<ApiValidationException>(() =>
            App.Awards.CreateAsync(new PolympicsNewAward { Title = "Gold", ImageUrl = Image, Team = 3, Accounts = [Apollo, 7] }));
        Assert.Equal("body.accounts.1", Assert.Single(error.Errors).Location);
    }

    [Fact]
    public async Task Give_reports_whether_the_award_was_newly_given()
    {
        Assert.True(await App.Awards.GiveAsync(3, Apollo));
        Assert.False(await App.Awards.GiveAsync(3, Apollo));
    }

    [Fact]
    public async Task Take_reports_whether_the_award_was_held()
    {
        Assert.True(await App.Awards.TakeAsync(1, CaptainId));
        Assert.False(await App.Awards.TakeAsync(1, CaptainId));
    }

    [Fact]
    public async Task A_404_with_a_body_on_take_is_still_an_error()
    {
        await FaultAsync(404, "{\"detail\":\"Not Found\"}", "application/json", path: "/account/");
        var error = await Assert.ThrowsAsync<ApiNotFoundException>(() => App.Awards.TakeAsync(1, CaptainId));
        Assert.Equal("Not Found", error.ServerMessage);
    }

    [Fact]
    public async Task Awards_need_manage_awards()
    {
        var error = await Assert.ThrowsAsync<ApiForbiddenException>(() => Captain.Awards.GiveAsync(3, Apollo));
        Assert.Equal(PolympicsErrorDetails.OutsideScope, error.ServerMessage);
    }
}
