using System.CommandLine;
using Omega.Conformance.Services;

namespace Omega.Proxy.Cli.Rules;

/// <summary><c>omega rules [--format text|markdown]</c>: the catalogue of every rule, from the code itself.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format")
        {
            Description = "text for a terminal, markdown for docs/rules.md",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown");

        var command = new Command("rules", "List every rule: id, severity, section of the specification, summary.")
        {
            format,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(format) == "markdown"));
        return command;
    }

    private static int Run(CliConsole console, bool markdown)
    {
        var groups = RuleGroup.Of(ServiceCatalog.Default);
        if (markdown)
        {
            MarkdownRuleCatalogue.Write(console.Output, groups);
        }
        else
        {
            TextRuleCatalogue.Write(console.Output, groups);
        }

        return ExitCodes.Success;
    }
}
