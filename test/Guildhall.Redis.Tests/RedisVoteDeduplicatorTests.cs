using Guildhall.Testing.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>The deduplicator's claims on a real redis-server, shared by separate connections as separate receivers would be.</summary>
[Collection(RedisServerGroup.Name)]
public sealed class RedisVoteDeduplicatorTests(RedisServerFixture redis)
{
    private readonly RedisVoteDeduplicatorOptions _options = new() { KeyPrefix = "test:" + Guid.NewGuid().ToString("N") + ":" };

    [Fact]
    public async Task A_key_is_claimed_once_across_connections_until_released()
    {
        await using var other = await redis.ConnectAnotherAsync();
        var first = new RedisVoteDeduplicator(redis.Connection, _options);
        var second = new RedisVoteDeduplicator(other, _options);

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? first : second).TryClaimAsync("vote:1").AsTask()));
        await second.ReleaseAsync("vote:1");

        Assert.Equal(1, claims.Count(claimed => claimed));
        Assert.True(await first.TryClaimAsync("vote:1"));
        Assert.True(await first.TryClaimAsync("vote:2"));
    }

    [Fact]
    public async Task A_claim_lives_as_long_as_the_window()
    {
        var deduplicator = new RedisVoteDeduplicator(redis.Connection, new RedisVoteDeduplicatorOptions { KeyPrefix = _options.KeyPrefix, Window = TimeSpan.FromMinutes(20) });

        await deduplicator.TryClaimAsync("digest");
        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(_options.KeyPrefix + "digest");

        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(19), TimeSpan.FromMinutes(20));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12 * 60)]
    public void A_window_out_of_range_is_refused(int minutes)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RedisVoteDeduplicator(redis.Connection, new RedisVoteDeduplicatorOptions { Window = TimeSpan.FromMinutes(minutes) }));
        Assert.Equal("Window", error.ParamName);
    }

    [Fact]
    public async Task A_cancelled_claim_throws_and_claims_nothing()
    {
        var deduplicator = new RedisVoteDeduplicator(redis.Connection, _options);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await deduplicator.TryClaimAsync("cancelled", cancelled.Token));
        Assert.True(await deduplicator.TryClaimAsync("cancelled"));
    }
}
