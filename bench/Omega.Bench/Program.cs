using BenchmarkDotNet.Running;
using Omega.Bench;

// BenchmarkDotNet, as before: dotnet run -c Release --project bench/Omega.Bench -- --filter '*'
// bench/run calls the verbs: payloads, paced, bdn (BenchmarkDotNet's short job) and run (the side-by-side arms).
if (args.Length > 0 && BenchCommands.IsVerb(args[0]))
{
    return await BenchCommands.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, OneCoreConfig.Create(shortRun: false));
return 0;
