using System.CommandLine;
using Omega.Conformance.Export;

namespace Omega.Proxy.Cli.Export;

/// <summary>
/// <c>omega export (RECORDING|--store DIR|URL --dialogue NAME) --har FILE</c>: a recorded dialogue in a format other
/// tools read.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var source = new Stores.RecordingSource();
        // Each format is one flag and one writer: a new format is one more line here.
        ExportFormat[] formats =
        [
            new("--har", "write it as HAR 1.2, for browser developer tools and HTTP viewers", () => new HarExporter()),
        ];

        var command = new Command("export", "Export a recorded dialogue: HAR for HTTP tools.");
        source.AddTo(command);
        foreach (var format in formats)
        {
            command.Options.Add(format.Option);
        }

        command.SetAction(async (parsed, cancel) =>
        {
            var wanted = Wanted(parsed, formats);
            if (wanted.Count == 0)
            {
                return console.Fail("give " + string.Join(" or ", formats.Select(f => f.Flag + " FILE")));
            }

            var (dialogues, error) = await source.ReadAsync(parsed, time, cancel);
            return Run(console, Stores.RecordingSource.Describe(source.Locations(parsed)), dialogues, error, wanted);
        });
        return command;
    }

    private static List<(ExportFormat Format, string File)> Wanted(ParseResult parsed, ExportFormat[] formats) =>
        [.. formats.Where(f => parsed.GetValue(f.Option) is not null).Select(f => (f, parsed.GetValue(f.Option)!))];

    private static int Run(
        CliConsole console,
        string recording,
        IReadOnlyList<Omega.Conformance.Recording.RecordedDialogue> dialogues,
        string? error,
        List<(ExportFormat Format, string File)> wanted)
    {
        if (error is not null || dialogues.Count > 1)
        {
            return console.Fail(
                error ?? $"'{recording}' holds {dialogues.Count} dialogues; export one dialogue's folder (or "
                    + $"--dialogue NAME)");
        }

        var dialogue = dialogues[0];
        foreach (var (format, file) in wanted)
        {
            var exporter = format.CreateExporter();
            using var buffer = new MemoryStream();
            exporter.Write(dialogue, buffer);
            if (OutputFile.TryWrite(file, buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } reason)
            {
                return console.Fail(reason);
            }

            console.Output.WriteLine(
                $"{file}: {dialogue.Name}, {dialogue.Exchanges.Count} exchanges, {exporter.Format}");
        }

        return ExitCodes.Success;
    }
}
