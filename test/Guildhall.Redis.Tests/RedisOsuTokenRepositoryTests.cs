using Guildhall.Osu.Authentication;
using Guildhall.Osu.Tests.Authentication;
using Guildhall.Testing.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>The token repository contract on a real redis-server, plus what sharing it between processes needs.</summary>
[Collection(RedisServerGroup.Name)]
public sealed class RedisOsuTokenRepositoryTests(RedisServerFixture redis) : OsuTokenRepositoryContract
{
    private readonly string _prefix = "test:" + Guid.NewGuid().ToString("N") + ":";

    protected override IOsuTokenRepository CreateRepository() => new RedisOsuTokenRepository(redis.Connection, new RedisOsuTokenRepositoryOptions { KeyPrefix = _prefix });

    [Fact]
    public async Task A_token_stored_over_one_connection_is_read_and_updated_over_another()
    {
        await using var other = await redis.ConnectAnotherAsync();
        var first = CreateRepository();
        var second = new RedisOsuTokenRepository(other, new RedisOsuTokenRepositoryOptions { KeyPrefix = _prefix });
        await first.AddAsync(Owner, 7, Token("first"));

        AssertSameToken(Token("first"), await second.GetAsync(Owner, 7));
        await second.UpdateAsync(Owner, 7, Token("second", refresh: null));

        AssertSameToken(Token("second", refresh: null), await first.GetAsync(Owner, 7));
    }

    [Fact]
    public async Task Keys_name_the_owner_by_its_hash_never_by_a_secret()
    {
        await CreateRepository().AddAsync(Owner, 9, Token("key"));

        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        var key = Assert.Single(server.Keys(pattern: _prefix + "*")).ToString();

        Assert.Equal(_prefix + "token:" + Owner.SecretHash + ":9", key);
        Assert.DoesNotContain("the-application-secret", key, StringComparison.Ordinal);
        Assert.DoesNotContain("access-key", key, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_prefix_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new RedisOsuTokenRepository(redis.Connection, new RedisOsuTokenRepositoryOptions { KeyPrefix = "" }));
    }
}
