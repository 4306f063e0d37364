using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Omega.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, OneCoreConfig.Create());
