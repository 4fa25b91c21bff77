using CsCheck;

namespace Guildhall.Tatsu.Tests.Properties;

/// <summary>
/// Splitting a large score or points change into the single changes Tatsu accepts: the chunks add up to the total, each
/// lies within 1 to 100,000, and there are as few as possible.
/// </summary>
public sealed class ChangeChunkProperties
{
    [Fact]
    public void Chunks_add_up_to_the_total_each_within_tatsus_range_and_as_few_as_possible()
    {
        Gen.ULong[1, 50_000_000].Sample(total =>
        {
            var chunks = TatsuChangeChunks.Split(total).ToList();

            Assert.Equal(total, chunks.Aggregate(0UL, (sum, chunk) => sum + (ulong)chunk));
            Assert.All(chunks, chunk => Assert.InRange(chunk, 1, TatsuDefaults.MaxChangeAmount));
            Assert.Equal((int)((total + TatsuDefaults.MaxChangeAmount - 1) / TatsuDefaults.MaxChangeAmount), chunks.Count);
        });
    }

    [Fact]
    public void A_zero_total_fails_with_an_argument_exception() =>
        Assert.ThrowsAny<ArgumentException>(() => TatsuChangeChunks.Split(0).ToList());
}
