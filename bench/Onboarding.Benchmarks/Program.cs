using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/Onboarding.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
