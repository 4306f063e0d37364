using System.CommandLine;
using Omega.Conformance.Export;

namespace Omega.Proxy.Cli.Export;

/// <summary>One format of <c>omega export</c>: the flag that names its output file, and its writer.</summary>
internal sealed class ExportFormat(string flag, string description, Func<ExportInputs, IDialogueExporter> exporter)
{
    public Option<string?> Option { get; } = new(flag) { Description = description, HelpName = "FILE" };

    public string Flag => flag;

    /// <exception cref="InvalidDataException">An input the writer needs is not what it should be.</exception>
    /// <exception cref="IOException">An input the writer needs cannot be read.</exception>
    public IDialogueExporter CreateExporter(ExportInputs inputs) => exporter(inputs);
}
