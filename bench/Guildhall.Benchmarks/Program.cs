using BenchmarkDotNet.Running;
using Guildhall.Benchmarks.Core;
using Guildhall.Benchmarks.Osu;
using Guildhall.Benchmarks.RateLimits;
using Guildhall.Benchmarks.TopGg;

// Run all suites: dotnet run -c Release --project bench/Guildhall.Benchmarks -- --filter '*'
// How much of each rate limit 64 callers use: dotnet run -c Release --project bench/Guildhall.Benchmarks -- utilization
// Slot acquisition latency, in-memory against Redis: dotnet run -c Release --project bench/Guildhall.Benchmarks -- acquisition
// Where the pipeline's extra bytes go, by type (allocation ticks): ... -- allocations [calls]
// The pipeline comparisons in wall and CPU time per call, bare and Guildhall in alternating blocks: ... -- cpu [calls] [rounds]
// The osu! models' share of the reader floor, floor and models in alternating blocks: ... -- osu-share [rounds] [warm-up seconds]
// A vote receiver for bench/wrk.sh (bare endpoint or listener) on a given URL: ... -- receiver bare http://127.0.0.1:5091
if (args.Length > 0 && args[0] == "utilization")
{
    return await UtilizationRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "acquisition")
{
    return await AcquisitionLatencyRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "allocations")
{
    return await AllocationProfileRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "cpu")
{
    return await CpuPerCallRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "osu-share")
{
    return await OsuShareRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "receiver")
{
    return await VoteReceiverRun.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
