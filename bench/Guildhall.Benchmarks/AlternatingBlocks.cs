namespace Guildhall.Benchmarks;

/// <summary>
/// Runs measured blocks in rounds, for the runs that divide one block's figure by another's from the same round: on a
/// shared virtual machine whose speed drifts by a fifth from one minute to the next, blocks a fraction of a second apart
/// see the same machine, where BenchmarkDotNet's means of two cases are taken minutes apart. Every other round runs the
/// blocks in reverse order, so a drift within a round does not always fall on the same side of a ratio, and no block
/// always runs right after a collection another one caused.
/// </summary>
internal static class AlternatingBlocks
{
    /// <summary>Runs <paramref name="blocks"/> for <paramref name="rounds"/> rounds.</summary>
    /// <returns>Each block's figures, one a round: <c>result[block][round]</c>.</returns>
    public static async Task<T[][]> RunAsync<T>(int rounds, params Func<Task<T>>[] blocks)
    {
        var figures = blocks.Select(_ => new T[rounds]).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var step = 0; step < blocks.Length; step++)
            {
                var block = round % 2 == 0 ? step : blocks.Length - 1 - step;
                figures[block][round] = await blocks[block]();
            }
        }

        return figures;
    }

    /// <summary>The median of <paramref name="values"/> (of an even count, the lower of the two middle ones).</summary>
    public static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    /// <summary>The value at <paramref name="fraction"/> of the way through the sorted values: 0.5 is the median.</summary>
    public static double Percentile(IEnumerable<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)(fraction * (sorted.Length - 1))];
    }
}
