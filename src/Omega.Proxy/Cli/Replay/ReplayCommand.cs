using System.CommandLine;
using Omega.Conformance.Contract;
using Omega.Conformance.Replay;
using Omega.Conformance.Validation;
using Omega.Proxy.Cli.Proxy;
using Omega.Proxy.Cli.Stores;
using Omega.Proxy.Hosting;

namespace Omega.Proxy.Cli.Replay;

/// <summary><c>omega replay (RECORDING...|--store DIR|URL) --target URL|--stub [--format text|json|junit]</c></summary>
internal static class ReplayCommand
{
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var source = new RecordingSource();
        var target = new Option<string?>("--target")
        {
            Description = "the implementation to replay against",
            HelpName = "URL",
        };
        var stub = new Option<bool>("--stub") { Description = "replay against the embedded OMEGA simulator" };
        var format = new Option<string>("--format")
        {
            Description = "text for people, json (one object per dialogue), junit for CI",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "junit");
        var volatileFields = new Option<string[]>("--volatile")
        {
            Description = "one more volatile field, as XPath "
                + "(//Element/Child names elements by local name); repeatable",
            HelpName = "XPATH",
            AllowMultipleArgumentsPerToken = false,
        };
        var noDefaults = new Option<bool>("--no-default-volatile")
        {
            Description = "do not ignore the default volatile fields (NumeroDemande, dates and slots)",
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "seconds to wait for each answer",
            DefaultValueFactory = _ => 30,
        };

        var keepDates = new Option<bool>("--keep-dates")
        {
            Description = "with --target, send the recorded dates as they are (by default, the dates of a "
                + "dialogue recorded in the past move forward by whole weeks, to after today)",
        };

        var command = new Command("replay", "Replay recorded dialogues against an implementation and diff its answers.")
        {
            target, stub, format, volatileFields, noDefaults, timeout, keepDates,
        };
        source.AddTo(command);
        command.SetAction((parsed, cancel) => RunAsync(
            console,
            new ReplaySettings(
                parsed.GetValue(target),
                parsed.GetValue(stub),
                parsed.GetValue(format)!,
                [
                    .. (parsed.GetValue(noDefaults) ? [] : VolatileFields.Defaults),
                    .. parsed.GetValue(volatileFields) ?? [],
                ],
                TimeSpan.FromSeconds(parsed.GetValue(timeout)),
                parsed.GetValue(keepDates),
                time),
            () => source.ReadAsync(parsed, time, cancel),
            cancel));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console,
        ReplaySettings settings,
        Func<Task<(IReadOnlyList<Omega.Conformance.Recording.RecordedDialogue> Dialogues, string? Error)>> read,
        CancellationToken cancel)
    {
        if (settings.Stub == settings.Target is not null)
        {
            return console.Fail("give --target URL or --stub");
        }

        if (settings.Target is not null && !Uri.TryCreate(settings.Target, UriKind.Absolute, out _))
        {
            return console.Fail($"--target must be a URL, not '{settings.Target}'");
        }

        VolatileFields fields;
        try
        {
            fields = new VolatileFields(settings.Volatile);
        }
        catch (ArgumentException e)
        {
            return console.Fail(e.Message);
        }

        var (dialogues, error) = await read();
        if (error is not null)
        {
            return console.Fail(error);
        }

        // The embedded simulator lives at the time each dialogue was recorded, so its dates need no
        // moving; a live target lives today, so the dates of a dialogue recorded in the past move.
        var stubClock = settings.Stub ? new ReplayClock(settings.Time) : null;
        await using var upstream = await UpstreamTarget.StartAsync(
            new ProxyOptions { Upstream = settings.Target, Stub = settings.Stub }, cancel, stubClock);
        using var http = new HttpClient { Timeout = settings.Timeout };
        var contract = ContractLoader.Load(ContractLoader.DefaultFolder);
        var today = settings.Stub || settings.KeepDates ? null : settings.Time;
        var replayer = new Replayer(http, fields, new MessageValidator(contract), today);
        IReplayReport report = settings.Format switch
        {
            "json" => new JsonReplayReport(console.Output),
            "junit" => new JunitReplayReport(console.Output),
            _ => new TextReplayReport(console.Output),
        };

        var equivalent = true;
        foreach (var dialogue in dialogues)
        {
            stubClock?.Follow(dialogue.Dialogue.StartedAt);
            var replay = await replayer.ReplayAsync(dialogue, upstream.Address!, cancel);
            report.Write(replay);
            equivalent &= replay.Equivalent;
        }

        report.Finish();
        return equivalent ? ExitCodes.Success : ExitCodes.NotConformant;
    }

    private sealed record ReplaySettings(
        string? Target,
        bool Stub,
        string Format,
        string[] Volatile,
        TimeSpan Timeout,
        bool KeepDates,
        TimeProvider Time);
}
