using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.TopGg.Tests.Webhooks;

public sealed class InMemoryVoteDeduplicatorTests
{
    private readonly FakeTimeProvider _time = new(WebhookSamples.Now);

    [Fact]
    public async Task A_key_is_claimed_once_within_the_window_and_again_after_it()
    {
        var deduplicator = new InMemoryVoteDeduplicator(TimeSpan.FromMinutes(10), _time);

        Assert.True(await deduplicator.TryClaimAsync("vote:1"));
        Assert.False(await deduplicator.TryClaimAsync("vote:1"));
        Assert.True(await deduplicator.TryClaimAsync("vote:2"));

        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await deduplicator.TryClaimAsync("vote:1"));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await deduplicator.TryClaimAsync("vote:1"));
    }

    [Fact]
    public async Task A_released_key_can_be_claimed_again_at_once()
    {
        var deduplicator = new InMemoryVoteDeduplicator(timeProvider: _time);
        await deduplicator.TryClaimAsync("vote:1");

        await deduplicator.ReleaseAsync("vote:1");

        Assert.True(await deduplicator.TryClaimAsync("vote:1"));
    }

    [Fact]
    public async Task Expired_keys_are_swept_so_memory_stays_bounded()
    {
        var deduplicator = new InMemoryVoteDeduplicator(TimeSpan.FromMinutes(4), _time);
        for (var i = 0; i < 100; i++)
        {
            await deduplicator.TryClaimAsync($"vote:{i}");
        }

        _time.Advance(TimeSpan.FromMinutes(5));
        await deduplicator.TryClaimAsync("vote:fresh");

        Assert.Equal(1, deduplicator.Count);
    }

    [Fact]
    public async Task Concurrent_claims_of_many_keys_let_each_through_exactly_once_and_every_key_is_swept()
    {
        var deduplicator = new InMemoryVoteDeduplicator(TimeSpan.FromMinutes(4), _time);
        var keys = Enumerable.Range(0, 5_000).Select(vote => $"vote:{808499215864008704 + vote}").ToArray();
        var claims = new int[keys.Length];

        await Parallel.ForAsync(0, 8, async (_, cancellationToken) =>
        {
            for (var index = 0; index < keys.Length; index++)
            {
                if (await deduplicator.TryClaimAsync(keys[index], cancellationToken))
                {
                    Interlocked.Increment(ref claims[index]);
                }
            }
        });

        Assert.All(claims, count => Assert.Equal(1, count));
        Assert.Equal(keys.Length, deduplicator.Count);
        await deduplicator.ReleaseAsync(keys[42]);
        Assert.True(await deduplicator.TryClaimAsync(keys[42]));

        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.True(await deduplicator.TryClaimAsync("vote:1"));
        Assert.Equal(1, deduplicator.Count);
    }

    [Fact]
    public async Task Keys_of_any_length_and_alphabet_are_told_apart()
    {
        // Keys are remembered by digest: long keys (hashed from a pooled buffer) and non-ASCII ones must still be exact.
        var deduplicator = new InMemoryVoteDeduplicator(timeProvider: _time);
        var longKey = "legacy:" + new string('7', 5_000);
        string[] keys = [longKey, longKey + "8", "vote:é", "vote:e\u0301", "vote:", ""];

        foreach (var key in keys)
        {
            Assert.True(await deduplicator.TryClaimAsync(key), $"a first claim of a {key.Length}-character key was refused");
        }

        foreach (var key in keys)
        {
            Assert.False(await deduplicator.TryClaimAsync(key), $"a second claim of a {key.Length}-character key went through");
        }

        await deduplicator.ReleaseAsync(longKey);
        Assert.True(await deduplicator.TryClaimAsync(longKey));
        Assert.False(await deduplicator.TryClaimAsync(longKey + "8"));
    }

    [Fact]
    public async Task Vote_and_legacy_keys_are_told_apart_from_every_other_spelling_of_them()
    {
        // The keys the endpoint builds (a vote id in decimal, a body digest in lowercase hex) are remembered without being
        // hashed again: each must still differ from any other spelling of it and from a change within its first 128 bits.
        var deduplicator = new InMemoryVoteDeduplicator(timeProvider: _time);
        var digest = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
        string[] keys =
        [
            "vote:808499215864008704", "vote:0808499215864008704", "vote:+808499215864008704", "vote:808499215864008704 ",
            "vote:0", "vote:00", "vote:18446744073709551615", "vote:18446744073709551616",
            "legacy:" + digest, "legacy:" + digest.ToUpperInvariant(), "legacy:" + digest[..31] + "c" + digest[32..],
            "legacy:" + digest[32..] + digest[..32], "legacy:" + digest[..^1], "legacy:" + digest + "0", "legacy:" + digest[..32],
        ];

        foreach (var key in keys)
        {
            Assert.True(await deduplicator.TryClaimAsync(key), $"a first claim of {key} was refused");
        }

        foreach (var key in keys)
        {
            Assert.False(await deduplicator.TryClaimAsync(key), $"a second claim of {key} went through");
        }

        await deduplicator.ReleaseAsync("legacy:" + digest);
        await deduplicator.ReleaseAsync("vote:808499215864008704");
        Assert.True(await deduplicator.TryClaimAsync("legacy:" + digest));
        Assert.True(await deduplicator.TryClaimAsync("vote:808499215864008704"));
        Assert.Equal(keys.Length, deduplicator.Count);
    }

    [Fact]
    public async Task Concurrent_claims_of_one_key_let_exactly_one_through()
    {
        var deduplicator = new InMemoryVoteDeduplicator(timeProvider: _time);

        var claims = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () => await deduplicator.TryClaimAsync("vote:same"))));

        Assert.Single(claims, claimed => claimed);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(12 * 60)]
    public void The_window_must_be_positive_and_shorter_than_the_vote_cooldown(int minutes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryVoteDeduplicator(TimeSpan.FromMinutes(minutes), _time));
    }
}
