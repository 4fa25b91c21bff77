using Guildhall.Core.Errors;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Tatsu;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Tatsu.Tests;

public sealed class TatsuRateLimitTests
{
    [Fact]
    public async Task The_61st_call_in_a_minute_waits_for_a_slot_instead_of_failing()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();
        var started = bed.Time.GetUtcNow();

        var first60 = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => tatsu.Users.GetProfileAsync(SupporterUserId)));
        var sixtyFirst = tatsu.Users.GetProfileAsync(SupporterUserId);
        Assert.False(sixtyFirst.IsCompleted);

        var profile = await bed.Time.RunUntilCompleteAsync(sixtyFirst);

        Assert.Equal(60, first60.Length);
        Assert.Equal(SupporterUserId, profile.UserId);
        Assert.True(bed.Time.GetUtcNow() >= started + TimeSpan.FromMinutes(1));
        var statuses = (await bed.RequestsAsync()).Select(entry => entry["status"]!.GetValue<int>()).ToList();
        Assert.Equal(61, statuses.Count);
        Assert.All(statuses, status => Assert.Equal(200, status));
    }

    [Fact]
    public async Task Clients_sharing_a_key_share_its_budget()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var one = bed.CreateClient();
        var other = bed.CreateClient();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => one.Users.GetProfileAsync(SupporterUserId)));
        await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => other.Users.GetProfileAsync(SupporterUserId)));
        var waiting = other.Users.GetProfileAsync(SupporterUserId);

        Assert.False(waiting.IsCompleted);
        Assert.Equal(0, (await one.GetRateLimitAsync()).Remaining);
        await bed.Time.RunUntilCompleteAsync(waiting);
    }

    [Fact]
    public async Task Each_key_has_its_own_budget()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var guildmaster = bed.CreateClient();
        var apprentice = bed.CreateClient(TatsuSandboxCredentials.ApprenticeKey);

        await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => guildmaster.Users.GetProfileAsync(SupporterUserId)));
        var other = await apprentice.Users.GetProfileAsync(SupporterUserId);

        Assert.Equal(SupporterUserId, other.UserId);
        Assert.Equal(59, (await apprentice.GetRateLimitAsync()).Remaining);
    }

    [Fact]
    public async Task The_servers_headers_tighten_the_budget()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        // The server allows only five a minute; the client starts out believing in sixty.
        await bed.PutAdminAsync("rate-limit", """{"limit":5,"window_seconds":60}""");
        var tatsu = bed.CreateClient();

        await tatsu.Users.GetProfileAsync(SupporterUserId);
        var afterOne = await tatsu.GetRateLimitAsync();
        for (var call = 0; call < 4; call++)
        {
            await tatsu.Users.GetProfileAsync(SupporterUserId);
        }

        var exhausted = await tatsu.GetRateLimitAsync();
        var sixth = tatsu.Users.GetProfileAsync(SupporterUserId);
        Assert.False(sixth.IsCompleted);
        await bed.Time.RunUntilCompleteAsync(sixth);

        Assert.Equal(4, afterOne.Remaining);
        Assert.Equal(0, exhausted.Remaining);
        Assert.NotNull(exhausted.NextSlotAt);
        // The sixth call waited for the server's reset rather than being refused with a 429.
        Assert.DoesNotContain(await bed.RequestLinesAsync(), line => line.EndsWith(" 429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_waits_until_the_reset_header_and_then_succeeds()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.PostAdminAsync("rate-limit/consume", $$"""{"key":"{{TatsuSandboxCredentials.GuildmasterKey}}","count":60}""");
        var tatsu = bed.CreateClient();
        var started = bed.Time.GetUtcNow();

        var profile = await bed.Time.RunUntilCompleteAsync(tatsu.Users.GetProfileAsync(SupporterUserId));

        Assert.Equal(SupporterUserId, profile.UserId);
        Assert.True(bed.Time.GetUtcNow() >= started + TimeSpan.FromMinutes(1));
        Assert.Equal(
            [$"GET /users/{SupporterUserId}/profile 429", $"GET /users/{SupporterUserId}/profile 200"],
            await bed.RequestLinesAsync());
    }

    [Fact]
    public async Task Without_retries_a_429_surfaces_with_the_wait_from_the_reset_header()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.PostAdminAsync("rate-limit/consume", $$"""{"key":"{{TatsuSandboxCredentials.GuildmasterKey}}","count":60}""");
        var tatsu = bed.CreateClient(configure: options => options.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<ApiRateLimitedException>(() => tatsu.Users.GetProfileAsync(SupporterUserId));

        Assert.False(error.IsClientSide);
        Assert.InRange(error.RetryAfter, TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(61));
        Assert.Equal("429: Too Many Requests", error.ServerMessage);
        var state = await tatsu.GetRateLimitAsync();
        Assert.Equal(0, state.Remaining);
        Assert.NotNull(state.BlockedUntil);
    }

    [Fact]
    public async Task A_wait_longer_than_allowed_fails_locally_without_sending()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient(configure: options =>
        {
            options.RequestsPerMinute = 2;
            options.MaxRateLimitWait = TimeSpan.FromSeconds(5);
        });
        await tatsu.Users.GetProfileAsync(SupporterUserId);
        await tatsu.Users.GetProfileAsync(SupporterUserId);

        var error = await Assert.ThrowsAsync<ApiRateLimitedException>(() => tatsu.Users.GetProfileAsync(SupporterUserId));

        Assert.True(error.IsClientSide);
        Assert.Null(error.StatusCode);
        Assert.InRange(error.RetryAfter, TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(60) + RateLimitRule.ClockGranularity);
        Assert.Equal(2, (await bed.RequestsAsync()).Count);
    }

    [Fact]
    public async Task The_state_starts_full_and_counts_down_without_sending_anything()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient(TatsuSandboxCredentials.WandererKey);

        var fresh = await tatsu.GetRateLimitAsync();
        await tatsu.Store.GetListingAsync(AntiqueChairListingId);
        var used = await tatsu.GetRateLimitAsync();

        Assert.Equal((60, 60), (fresh.Limit, fresh.Remaining));
        Assert.Null(fresh.NextSlotAt);
        Assert.Equal(59, used.Remaining);
        Assert.DoesNotContain(TatsuSandboxCredentials.WandererKey, used.Key, StringComparison.Ordinal);
        Assert.Single(await bed.RequestsAsync());
    }
}
