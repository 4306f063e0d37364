using System.CommandLine;
using Omega.Conformance.Contract;
using Omega.Simulator;
using Omega.Simulator.Data;

namespace Omega.Proxy.Cli.Stub;

/// <summary><c>omega stub [--listen URL] [--data FILE] [--seed N]</c>: the OMEGA simulator, until Ctrl+C.</summary>
internal static class StubCommand
{
    public static Command Create(CliConsole console)
    {
        var listen = new Option<string>("--listen")
        {
            Description = $"address to listen on (default {SimulatorOptions.DefaultListenUrl}; "
                + "port 0 takes a free port)",
            HelpName = "URL",
        };
        var data = new Option<string?>("--data")
        {
            Description = "data file of PCEs, calendar and faults (default: the shipped default-pces.json)",
            HelpName = "FILE",
        };
        // The descriptions say the defaults: a DefaultValueFactory would make the help say them twice.
        var seed = new Option<int?>("--seed")
        {
            Description = "seed of the demand numbers and of the booked slots (default 1)",
        };

        var command = new Command("stub", "Run the OMEGA simulator: the seven MHS operations, one dialogue per demand.")
        {
            listen, data, seed,
        };
        command.SetAction((parsed, cancel) => RunAsync(
            console,
            new SimulatorOptions
            {
                ListenUrl = parsed.GetValue(listen) ?? SimulatorOptions.DefaultListenUrl,
                DataFile = parsed.GetValue(data),
                Seed = parsed.GetValue(seed) ?? 1,
            },
            cancel));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, SimulatorOptions options, CancellationToken cancel)
    {
        SimulatorHost host;
        try
        {
            host = await OmegaSimulator.StartAsync(options, cancel);
        }
        catch (Exception e) when (e is ContractException or SimulatorDataException or IOException
                                       or InvalidOperationException or ArgumentException)
        {
            // WireMock reports a busy or malformed address as one of the last three.
            return console.Fail($"cannot start the simulator on {options.ListenUrl}: {e.Message}");
        }

        await using (host)
        {
            console.Output.WriteLine($"OMEGA simulator listening on {host.ServiceUrl}");
            console.Output.WriteLine($"WSDL: {host.WsdlUrl}");
            console.Output.WriteLine(
                "Try: curl -s -H 'Content-Type: text/xml' -H 'SOAPAction: VerifierRecevabiliteMHS' "
                + $"--data-binary @xsd/examples/RequeteWSVerifierRecevabiliteMHS.xml {host.ServiceUrl}");
            console.Output.WriteLine("Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                console.Output.WriteLine("OMEGA simulator stopped.");
            }
        }

        return ExitCodes.Success;
    }
}
