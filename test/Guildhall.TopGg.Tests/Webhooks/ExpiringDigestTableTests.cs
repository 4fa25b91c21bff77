using Guildhall.TopGg.Webhooks;

namespace Guildhall.TopGg.Tests.Webhooks;

public sealed class ExpiringDigestTableTests
{
    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 400)]
    [InlineData(3, 5_000)]
    public void Claims_releases_and_expiries_agree_with_a_plain_dictionary(int seed, int distinctDigests)
    {
        // Few distinct digests against many operations: probes run long, expired and released slots are reused while
        // the digests beyond them stay in the table, and the table grows and shrinks through rebuilds.
        var random = new Random(seed);
        var table = new ExpiringDigestTable((ulong)seed);
        var expected = new Dictionary<UInt128, long>();
        var now = 1_000L;
        for (var step = 0; step < 200_000; step++)
        {
            var digest = Digest(random.Next(distinctDigests), seed);
            switch (random.Next(100))
            {
                case < 70:
                    var expiry = now + random.Next(1, 50);
                    var free = !expected.TryGetValue(digest, out var held) || held <= now;
                    Assert.Equal(free, table.TryClaim(digest, now, expiry));
                    if (free)
                    {
                        expected[digest] = expiry;
                    }

                    break;
                case < 80:
                    table.Release(digest);
                    expected.Remove(digest);
                    break;
                case < 81:
                    table.Rebuild(now);
                    Assert.Equal(expected.Count(pair => pair.Value > now), table.Count);
                    break;
                default:
                    now += random.Next(3);
                    break;
            }
        }
    }

    [Fact]
    public void A_rebuild_keeps_every_held_digest_and_forgets_every_expired_one()
    {
        var table = new ExpiringDigestTable(7);
        for (var vote = 0; vote < 10_000; vote++)
        {
            Assert.True(table.TryClaim(Digest(vote, 0), nowTicks: 10, expiryTicks: vote % 2 == 0 ? 100 : 20));
        }

        table.Rebuild(nowTicks: 50);

        Assert.Equal(5_000, table.Count);
        for (var vote = 0; vote < 10_000; vote++)
        {
            // Held ones are refused; expired ones are claimed anew.
            Assert.Equal(vote % 2 != 0, table.TryClaim(Digest(vote, 0), nowTicks: 50, expiryTicks: 200));
        }
    }

    [Fact]
    public void Vote_ids_that_differ_only_in_their_high_bits_are_told_apart()
    {
        // The shape of a V2 vote key's digest: a constant upper half and a snowflake below it.
        var table = new ExpiringDigestTable(0);
        static UInt128 VoteDigest(ulong vote) => new(0x766F_7465_3A69_643AUL, 808499215864008704UL + (vote << 22));
        for (var vote = 0UL; vote < 4_096; vote++)
        {
            Assert.True(table.TryClaim(VoteDigest(vote), 1, 2));
        }

        Assert.Equal(4_096, table.Count);
        for (var vote = 0UL; vote < 4_096; vote++)
        {
            Assert.False(table.TryClaim(VoteDigest(vote), 1, 2));
        }
    }

    // Digests of small numbers with the upper half set too, so equal lower halves never make two digests equal.
    private static UInt128 Digest(int value, int salt) => new((ulong)value * 31 + (ulong)salt, (ulong)value);
}
