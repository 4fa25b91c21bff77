using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Guildhall.Benchmarks.Osu;

/// <summary>
/// Megabytes of JSON read per second (the body's size over the mean), or the share of the Utf8JsonReader floor's
/// throughput on the same body, so a run's table holds the figures the goal is stated in.
/// </summary>
internal sealed class ThroughputColumn(bool shareOfFloor) : IColumn
{
    public string Id => shareOfFloor ? "ShareOfFloor" : "MBps";

    public string ColumnName => shareOfFloor ? "share of floor" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => shareOfFloor ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => shareOfFloor ? "MB/s over the Utf8JsonReader floor's MB/s on the same body" : "Body size (10^6 bytes) read per second of the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var throughput = Throughput(summary, benchmarkCase);
        if (throughput is null)
        {
            return "-";
        }

        if (!shareOfFloor)
        {
            return throughput.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        var floor = summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor.WorkloadMethod.Name == nameof(OsuDeserializationBenchmarks.Utf8JsonReaderFloor)
            && Equals(other.Parameters["Body"], benchmarkCase.Parameters["Body"]));
        var floorThroughput = floor is null ? null : Throughput(summary, floor);
        return floorThroughput is null ? "-" : (throughput.Value / floorThroughput.Value).ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static double? Throughput(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var body = benchmarkCase.Parameters["Body"] as string;
        return mean is null or 0 || body is null ? null : OsuBenchmarkBodies.Get(body).Length / (mean.Value / 1e9) / 1e6;
    }
}
