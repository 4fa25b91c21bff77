using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Tatsu.Models;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Tatsu.Tests;

public sealed class TatsuMembersTests
{
    private const ulong Guild = TavernGuildId;
    private const ulong Member = MemberUserIdBase + 42;

    [Fact]
    public async Task Points_are_read_with_the_members_rank()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient(TatsuSandboxCredentials.ApprenticeKey);

        var points = await tatsu.Members.GetPointsAsync(Guild, Member);

        Assert.Equal((Guild, Member), (points.GuildId, points.UserId));
        Assert.Equal(await bed.MemberAsync(Guild, Member, "points"), points.Points);
        Assert.True(points.Rank > 0);
    }

    [Fact]
    public async Task Adding_and_removing_points_returns_the_new_balance()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();
        var before = await bed.MemberAsync(Guild, Member, "points");

        var added = await tatsu.Members.AddPointsAsync(Guild, Member, 1_500);
        var removed = await tatsu.Members.RemovePointsAsync(Guild, Member, 500);
        var emptied = await tatsu.Members.ChangePointsAsync(Guild, Member, TatsuChangeAction.Remove, 100_000);

        Assert.Equal(before + 1_500, added!.Points);
        Assert.Equal(before + 1_000, removed!.Points);
        Assert.Equal(0ul, emptied!.Points);
        Assert.Equal(["""{"action":0,"amount":1500}""", """{"action":1,"amount":500}""", """{"action":1,"amount":100000}"""], await bed.ChangeBodiesAsync());
    }

    [Fact]
    public async Task Adding_and_removing_score_returns_the_new_all_time_score()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();
        var before = await bed.MemberAsync(Guild, Member, "score");

        var added = await tatsu.Members.AddScoreAsync(Guild, Member, 100_000);
        var removed = await tatsu.Members.RemoveScoreAsync(Guild, Member, 1);

        Assert.Equal(before + 100_000, added!.Score);
        Assert.Equal(before + 99_999, removed!.Score);
        Assert.Equal((Guild, Member), (removed.GuildId, removed.UserId));
        Assert.Equal(before + 99_999, await bed.MemberAsync(Guild, Member, "score"));
    }

    [Fact]
    public async Task A_204_change_returns_null_and_is_still_applied()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"no_content","method":"PATCH"}""");
        var tatsu = bed.CreateClient();
        var before = await bed.MemberAsync(Guild, Member, "points");

        var answer = await tatsu.Members.AddPointsAsync(Guild, Member, 25);

        Assert.Null(answer);
        Assert.Equal(before + 25, await bed.MemberAsync(Guild, Member, "points"));
        Assert.Single(await bed.ChangeBodiesAsync());
    }

    [Fact]
    public async Task A_member_without_manage_server_is_forbidden_once_and_nothing_changes()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient(TatsuSandboxCredentials.ApprenticeKey);
        var before = await bed.MemberAsync(Guild, Member, "score");

        var error = await Assert.ThrowsAsync<ApiForbiddenException>(() => tatsu.Members.AddScoreAsync(Guild, Member, 10));

        Assert.Equal("tatsu.members.score.change", error.Operation);
        Assert.Equal(before, await bed.MemberAsync(Guild, Member, "score"));
        Assert.Equal([$"PATCH /guilds/{Guild}/members/{Member}/score 403"], await bed.RequestLinesAsync());
    }

    [Fact]
    public async Task Changing_someone_outside_the_guild_is_unknown_guild_member()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var error = await Assert.ThrowsAsync<ApiNotFoundException>(() => tatsu.Members.AddPointsAsync(Guild, WandererUserId, 10));
        Assert.Equal(TatsuErrorCodes.UnknownGuildMember, error.ErrorCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100_001)]
    [InlineData(int.MaxValue)]
    public async Task Amounts_outside_1_to_100000_are_refused_before_anything_is_sent(int amount)
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => tatsu.Members.AddPointsAsync(Guild, Member, amount));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => tatsu.Members.RemoveScoreAsync(Guild, Member, amount));
        Assert.Empty(await bed.RequestsAsync());
    }

    [Fact]
    public async Task An_undefined_action_or_a_zero_id_is_refused_before_anything_is_sent()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => tatsu.Members.ChangePointsAsync(Guild, Member, (TatsuChangeAction)2, 5));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => tatsu.Members.ChangeScoreAsync(0, Member, TatsuChangeAction.Add, 5));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => tatsu.Members.GetPointsAsync(Guild, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => tatsu.Members.AdjustPointsAsync(Guild, Member, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => tatsu.Members.AdjustScoreAsync(0, Member, 5));
        Assert.Empty(await bed.RequestsAsync());
    }

    [Fact]
    public async Task A_change_is_not_repeated_after_a_server_error()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"status","status":503,"method":"PATCH"}""");
        var tatsu = bed.CreateClient();

        await Assert.ThrowsAsync<ApiServerException>(() => tatsu.Members.AddPointsAsync(Guild, Member, 10));

        Assert.Equal([$"PATCH /guilds/{Guild}/members/{Member}/points 503"], await bed.RequestLinesAsync());
    }

    [Fact]
    public async Task A_change_is_not_repeated_after_a_dropped_connection()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"abort","method":"PATCH"}""");
        var tatsu = bed.CreateClient();

        await Assert.ThrowsAnyAsync<Exception>(() => tatsu.Members.AddPointsAsync(Guild, Member, 10));

        Assert.Equal([$"PATCH /guilds/{Guild}/members/{Member}/points 0"], await bed.RequestLinesAsync());
    }

    [Fact]
    public async Task A_change_refused_with_429_waits_for_the_reset_and_is_applied_once()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        // Another process used up the key's minute: this client's own count still says 60 are left.
        await bed.PostAdminAsync("rate-limit/consume", $$"""{"key":"{{TatsuSandboxCredentials.GuildmasterKey}}","count":60}""");
        var tatsu = bed.CreateClient();
        var before = await bed.MemberAsync(Guild, Member, "points");
        var started = bed.Time.GetUtcNow();

        var answer = await bed.Time.RunUntilCompleteAsync(tatsu.Members.AddPointsAsync(Guild, Member, 7));

        Assert.Equal(before + 7, answer!.Points);
        Assert.True(bed.Time.GetUtcNow() >= started + TimeSpan.FromSeconds(60));
        Assert.Equal(
            [$"PATCH /guilds/{Guild}/members/{Member}/points 429", $"PATCH /guilds/{Guild}/members/{Member}/points 200"],
            await bed.RequestLinesAsync());
    }
}
