using System.CommandLine;
using Omega.Conformance.Contract;
using Omega.Conformance.Export;
using Omega.Conformance.Export.Features;
using Omega.Conformance.Recording;
using Omega.Conformance.Validation;
using Omega.Proxy.Report;

namespace Omega.Proxy.Cli.Export;

/// <summary>
/// <c>omega export (RECORDING|--store DIR|URL --dialogue NAME) --har FILE | --feature FILE [--profile FILE]</c>:
/// a recorded dialogue in a format other tools read, or as a scenario of the conformance suite.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var source = new Stores.RecordingSource();
        var profile = new Option<string?>("--profile")
        {
            Description = "with --feature: the target profile whose PCE roles name the recording's PCE "
                + "(default: the simulator's, features/targets/simulator.json)",
            HelpName = "FILE",
        };

        // Each format is one flag and one writer: a new format is one more line here.
        ExportFormat[] formats =
        [
            new("--har", "write it as HAR 1.2, for browser developer tools and HTTP viewers", _ => new HarExporter()),
            new("--feature", "write it as a scenario of the conformance suite, to run on any target", Feature),
        ];

        var command = new Command(
            "export", "Export a recorded dialogue: HAR for HTTP tools, a Gherkin feature for the conformance suite.");
        source.AddTo(command);
        foreach (var format in formats)
        {
            command.Options.Add(format.Option);
        }

        command.Options.Add(profile);
        command.SetAction(async (parsed, cancel) =>
        {
            var wanted = Wanted(parsed, formats);
            if (wanted.Count == 0)
            {
                return console.Fail("give " + string.Join(" or ", formats.Select(f => f.Flag + " FILE")));
            }

            if (parsed.GetValue(profile) is not null && wanted.All(w => w.Format.Flag != "--feature"))
            {
                return console.Fail("--profile goes with --feature");
            }

            var (dialogues, error) = await source.ReadAsync(parsed, time, cancel);
            var recording = Stores.RecordingSource.Describe(source.Locations(parsed));
            return Run(console, recording, dialogues, error, wanted, parsed.GetValue(profile));
        });
        return command;
    }

    private static FeatureExporter Feature(ExportInputs inputs) => new(
        new MessageValidator(ContractLoader.Load(ContractLoader.DefaultFolder)),
        SuiteProfiles.Load(inputs.Profile),
        inputs.Warn);

    private static List<(ExportFormat Format, string File)> Wanted(ParseResult parsed, ExportFormat[] formats) =>
        [.. formats.Where(f => parsed.GetValue(f.Option) is not null).Select(f => (f, parsed.GetValue(f.Option)!))];

    private static int Run(
        CliConsole console,
        string recording,
        IReadOnlyList<RecordedDialogue> dialogues,
        string? error,
        List<(ExportFormat Format, string File)> wanted,
        string? profile)
    {
        if (error is not null || dialogues.Count != 1)
        {
            return console.Fail(
                error ?? (dialogues.Count == 0
                    ? $"no recorded dialogue in '{recording}' matches the selection"
                    : $"'{recording}' holds {dialogues.Count} dialogues; export one dialogue's folder (or "
                        + "--dialogue NAME)"));
        }

        var dialogue = dialogues[0];
        foreach (var (format, file) in wanted)
        {
            IDialogueExporter exporter;
            try
            {
                exporter = format.CreateExporter(
                    new ExportInputs(profile, line => console.Error.WriteLine($"omega: warning: {file}: {line}")));
            }
            catch (InvalidDataException e)
            {
                return console.Fail(e.Message);
            }

            using var buffer = new MemoryStream();
            exporter.Write(dialogue, buffer);
            if (OutputFile.TryWrite(file, buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } reason)
            {
                return console.Fail(reason);
            }

            var exchanges = ReportText.Count(dialogue.Exchanges.Count, "exchange");
            console.Output.WriteLine($"{file}: {dialogue.Name}, {exchanges}, {exporter.Format}");
        }

        return ExitCodes.Success;
    }
}
