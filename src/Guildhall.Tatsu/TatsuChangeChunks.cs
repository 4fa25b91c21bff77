namespace Guildhall.Tatsu;

/// <summary>Splits a total into the amounts of single changes, each within Tatsu's 1..100,000.</summary>
internal static class TatsuChangeChunks
{
    /// <summary>Full chunks of <see cref="TatsuDefaults.MaxChangeAmount"/>, then the remainder if any.</summary>
    public static IEnumerable<int> Split(ulong total)
    {
        ArgumentOutOfRangeException.ThrowIfZero(total);
        const ulong max = TatsuDefaults.MaxChangeAmount;
        for (var left = total; left > 0; left -= Math.Min(left, max))
        {
            yield return (int)Math.Min(left, max);
        }
    }
}
