using Guildhall.Core.RateLimiting;

using Guildhall.Testing;

namespace Guildhall.Core.Tests.RateLimiting;

public sealed class InMemoryRateLimitStoreTests : RateLimitStoreContract
{
    protected override bool SharesStateAcrossInstances => false;

    protected override IRateLimitStore CreateStore(TimeProvider time) => new InMemoryRateLimitStore(time);

    [Fact]
    public void Partition_ids_are_stable_and_do_not_contain_the_secret()
    {
        var id = RateLimitPartition.FromSecret("eyJhbGciOi.secret");

        Assert.Equal(id, RateLimitPartition.FromSecret("eyJhbGciOi.secret"));
        Assert.NotEqual(id, RateLimitPartition.FromSecret("other"));
        Assert.Equal(16, id.Length);
        Assert.DoesNotContain("secret", id, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_clock_has_one_process_wide_store()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();

        Assert.Same(InMemoryRateLimitStore.Shared, InMemoryRateLimitStore.For(TimeProvider.System));
        Assert.Same(InMemoryRateLimitStore.For(clock), InMemoryRateLimitStore.For(clock));
        Assert.NotSame(InMemoryRateLimitStore.Shared, InMemoryRateLimitStore.For(clock));
    }

    [Fact]
    public async Task A_slot_completed_later_with_a_shorter_window_frees_first()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var store = new InMemoryRateLimitStore(clock);
        var slow = new RateLimitRule("shared-key", 2, TimeSpan.FromSeconds(10));
        var fast = new RateLimitRule("shared-key", 2, TimeSpan.FromSeconds(1));
        var inFlight = TimeSpan.FromMinutes(1);

        await store.CompleteAsync((await store.TryAcquireAsync([slow], inFlight)).Lease!);
        await store.CompleteAsync((await store.TryAcquireAsync([fast], inFlight)).Lease!);
        Assert.False((await store.TryAcquireAsync([fast], inFlight)).Acquired);

        // The second slot's window ends first although it was completed last: the bucket has room again then.
        clock.Advance(fast.ReleaseDelay);
        Assert.True((await store.TryAcquireAsync([fast], inFlight)).Acquired);
        Assert.False((await store.TryAcquireAsync([fast], inFlight)).Acquired);
    }
}
