using BenchmarkDotNet.Running;

// dotnet run --project bench/Handbook.Benchmarks -c Release -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Handbook.Benchmarks.StageBenchmarks).Assembly).Run(args);
