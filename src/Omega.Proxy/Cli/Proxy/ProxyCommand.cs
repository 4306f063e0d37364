using System.CommandLine;
using Omega.Conformance.Contract;
using Omega.Proxy.Hosting;
using Omega.Proxy.Storage;

namespace Omega.Proxy.Cli.Proxy;

/// <summary><c>omega proxy</c>: the validating, recording proxy, in front of OMEGA or the simulator.</summary>
internal static class ProxyCommand
{
    public static Command Create(CliConsole console)
    {
        var flags = new ProxyFlags();
        var command = new Command(
            "proxy", "Run the validating, recording proxy in front of OMEGA or the embedded simulator.");
        foreach (var flag in flags.All)
        {
            command.Options.Add(flag);
        }

        command.SetAction((parsed, cancel) =>
            RunAsync(console, ProxySettings.Resolve(parsed, flags, stubByDefault: false), cancel));
        return command;
    }

    /// <summary>The root command's action: with no arguments, the proxy runs in front of the simulator.</summary>
    public static void AttachAsDefault(RootCommand root, CliConsole console)
    {
        var flags = new ProxyFlags();
        foreach (var flag in flags.All)
        {
            root.Options.Add(flag);
        }

        root.SetAction((parsed, cancel) =>
            RunAsync(console, ProxySettings.Resolve(parsed, flags, stubByDefault: true), cancel));
    }

    public static async Task<int> RunAsync(CliConsole console, ResolvedSettings settings, CancellationToken cancel)
    {
        var options = settings.Options;
        if ((settings.Problem ?? ProxyOptionsValidator.Validate(options)) is { } problem)
        {
            return console.Fail(problem);
        }

        try
        {
            await using var upstream = await UpstreamTarget.StartAsync(options, cancel);
            await using var proxy = await ProxyHost.StartAsync(
                options, upstream.Address, configuration: settings.Configuration, cancel: cancel);
            var address = proxy.Address.ToString().TrimEnd('/');
            var mode = options.Mode.ToString().ToLowerInvariant();
            console.Output.WriteLine($"omega proxy listening on {address} ({mode} mode)");
            if (options.Replay.Count > 0)
            {
                var fallthrough = options.Fallthrough ? ", the rest forwarded" : ", a SOAP Fault for the rest";
                var recordings = string.Join(", ", options.Replay);
                var latency = options.ReplayLatency ? ", as late as OMEGA answered" : string.Empty;
                console.Output.WriteLine($"  answering from the recordings in {recordings}{latency}{fallthrough}");
            }

            console.Output.WriteLine($"  forwarding to {upstream.Description}");
            var storage = proxy.Services.GetRequiredService<ProxyStorage>();
            console.Output.WriteLine($"  recording to {storage.Recordings?.Description ?? "nothing (--no-record)"}");
            console.Output.WriteLine(storage.Database is null
                ? "  dialogue state in this instance's memory"
                : $"  dialogue state shared on {storage.Database.Url.Description} (database {storage.DatabaseStatus}, "
                  + $"spool {storage.Spool!.Folder})");
            console.Output.WriteLine($"  health and metrics on {address}/_omega/health and {address}/_omega/metrics");
            console.Output.WriteLine("try it:");
            console.Output.WriteLine(
                "  curl -s -D - -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: VerifierRecevabiliteMHS' "
                + $"--data-binary @xsd/examples/RequeteWSVerifierRecevabiliteMHS.xml {address}/CreerDemandeMHS");
            console.Output.WriteLine("Press Ctrl+C to stop.");
            await console.Output.FlushAsync(cancel);
            await proxy.WaitForShutdownAsync(cancel);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is ContractException or Omega.Simulator.Data.SimulatorDataException
                                       or Omega.Conformance.Recording.RecordingException
                                       or Omega.Conformance.Storage.StoreException)
        {
            return console.Fail(e.Message);
        }
        catch (IOException e)
        {
            return console.Fail($"cannot start the proxy: {e.Message}");
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }
    }
}
