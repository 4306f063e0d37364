using System.CommandLine;
using System.Text.Json;
using BenchmarkDotNet.Running;
using Omega.Bench.Harness;
using Omega.Bench.Load;
using Omega.Bench.Payloads;
using Omega.Conformance.Contract;

namespace Omega.Bench;

/// <summary>The verbs bench/run calls; each can be run alone, to look at one piece.</summary>
internal static class BenchCommands
{
    private static readonly string[] Verbs = ["payloads", "paced", "bdn", "run"];

    public static bool IsVerb(string word) => Verbs.Contains(word, StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] == "bdn")
        {
            BenchmarkSwitcher.FromAssembly(typeof(BenchCommands).Assembly)
                .Run(args[1..], OneCoreConfig.Create(shortRun: true));
            return 0;
        }

        var root = new RootCommand("omega-conformance bench tools") { Payloads(), Paced(), Run() };
        return await root.Parse(args).InvokeAsync();
    }

    private static Command Payloads()
    {
        var output = new Option<string>("--out") { Description = "folder to write the payloads into", Required = true };
        var batch = new Option<int>("--batch")
        {
            Description = "envelopes in the validation batch",
            DefaultValueFactory = _ => 10_000,
        };
        var command = new Command(
            "payloads", "Write the CreerDemandeMHS payloads of every size and the validation batch.")
        {
            output, batch,
        };
        command.SetAction(parsed =>
        {
            var contract = ContractLoader.Load(ContractLoader.DefaultFolder);
            var contractNamespace = contract.NamespaceOf("RequeteWSCreerDemandeMHS")
                ?? throw new InvalidOperationException("the contract declares no RequeteWSCreerDemandeMHS");
            var contractFile = Path.Combine(ContractLoader.DefaultFolder, "CreerDemandeMHS.xsd");
            new PayloadSet(parsed.GetValue(output)!, parsed.GetValue(batch)).Write(contractNamespace, contractFile);
            return 0;
        });
        return command;
    }

    private static Command Paced()
    {
        var url = new Option<string>("--url") { Description = "where to POST", Required = true };
        var rate = new Option<double>("--rate") { Description = "requests per second", Required = true };
        var duration = new Option<double>("--duration") { Description = "seconds", DefaultValueFactory = _ => 10 };
        var connections = new Option<int>("--connections") { DefaultValueFactory = _ => 16 };
        var bodies = new Argument<string[]>("BODY")
        {
            Description = "request files, sent in turn",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("paced", "Open-loop load at a fixed rate; prints the latencies as JSON.")
        {
            url, rate, duration, connections, bodies,
        };
        command.SetAction(async (parsed, _) =>
        {
            var load = new PacedLoad(
                new Uri(parsed.GetValue(url)!),
                [.. parsed.GetValue(bodies)!.Select(File.ReadAllBytes)],
                parsed.GetValue(connections));
            var result = await load.RunAsync(parsed.GetValue(rate), TimeSpan.FromSeconds(parsed.GetValue(duration)));
            Console.WriteLine(JsonSerializer.Serialize(result, BenchJson.Options));
            return 0;
        });
        return command;
    }

    private static Command Run()
    {
        var quick = new Option<bool>("--quick")
        {
            Description = "smoke run: every arm answers, the report is written; no timing",
        };
        var repo = new Option<string>("--repo") { Description = "the repository's root", Required = true };
        var output = new Option<string?>("--out") { Description = "the results file (default bench/results/DATE.md)" };
        var arms = new Option<string[]>("--arms")
        {
            Description = "measure only these arms (bare YARP and direct always run: the ratios need them)",
            AllowMultipleArgumentsPerToken = true,
        };
        var sizes = new Option<string[]>("--sizes")
        {
            Description = "measure only these sizes: 1k, 4k, 32k",
            AllowMultipleArgumentsPerToken = true,
        };
        var armsFolder = new Option<string?>("--arms-dir")
        {
            Description = "where the arms write recordings and flows (default bench/.work/arms); "
                + "a tmpfs leaves the disk out",
        };
        var command = new Command("run", "Run every arm side by side and write the results file.")
        {
            quick, repo, output, arms, sizes, armsFolder,
        };
        command.SetAction(async (parsed, cancel) =>
        {
            var settings = BenchSettings.For(
                parsed.GetValue(repo)!, parsed.GetValue(quick), parsed.GetValue(output)) with
            {
                OnlyArms = parsed.GetValue(arms) ?? [],
                OnlySizes = [.. (parsed.GetValue(sizes) ?? []).Select(PayloadSize.Named)],
                ArmsFolder = parsed.GetValue(armsFolder) is { } folder ? Path.GetFullPath(folder) : null,
            };
            return await new BenchRun(settings).RunAsync(cancel);
        });
        return command;
    }
}
