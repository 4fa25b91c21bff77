using BenchmarkDotNet.Running;

// Run all suites: dotnet run -c Release --project bench/Guildhall.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
