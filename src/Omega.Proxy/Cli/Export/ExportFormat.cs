using System.CommandLine;
using Omega.Conformance.Export;

namespace Omega.Proxy.Cli.Export;

/// <summary>One format of <c>omega export</c>: the flag that names its output file, and its writer.</summary>
internal sealed class ExportFormat(string flag, string description, Func<IDialogueExporter> exporter)
{
    public Option<string?> Option { get; } = new(flag) { Description = description, HelpName = "FILE" };

    public string Flag => flag;

    public IDialogueExporter CreateExporter() => exporter();
}
