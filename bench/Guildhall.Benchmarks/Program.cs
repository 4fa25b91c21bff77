using BenchmarkDotNet.Running;
using Guildhall.Benchmarks.RateLimits;

// Run all suites: dotnet run -c Release --project bench/Guildhall.Benchmarks -- --filter '*'
// How much of each rate limit 64 callers use: dotnet run -c Release --project bench/Guildhall.Benchmarks -- utilization
// Slot acquisition latency, in-memory against Redis: dotnet run -c Release --project bench/Guildhall.Benchmarks -- acquisition
if (args.Length > 0 && args[0] == "utilization")
{
    return await UtilizationRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "acquisition")
{
    return await AcquisitionLatencyRun.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
