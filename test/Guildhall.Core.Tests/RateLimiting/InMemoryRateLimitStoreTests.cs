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
}
