using System.CommandLine;
using Omega.Conformance.Contract;
using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Proxy.Cli.Validate;

/// <summary><c>omega validate [--format text|json] [--xsd DIR] [--request FILE] PATH...</c></summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format")
        {
            Description = "text for people, json for machines (one object per line and per file)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var xsd = new Option<string?>("--xsd")
        {
            Description = "folder of the XSD to validate against (default: the contract shipped with omega)",
            HelpName = "DIR",
        };
        var request = new Option<string?>("--request")
        {
            Description =
                "the request the validated responses answer, for the rules that need it (version, initiative)",
            HelpName = "FILE",
        };
        var paths = new Argument<string[]>("PATH")
        {
            Description = "envelopes to validate: files, folders whose .xml files are validated, or - for the "
                + "standard input",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command(
            "validate", "Validate SOAP envelopes against the contract and the business rules.")
        {
            format, xsd, request, paths,
        };
        command.SetAction(parsed => Run(
            console,
            parsed.GetValue(paths) ?? [],
            parsed.GetValue(xsd),
            parsed.GetValue(request),
            parsed.GetValue(format) == "json"));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string? xsdFolder, string? requestFile, bool json)
    {
        var (files, missing) = InputFiles.Expand(paths, "*.xml");
        if (missing is not null)
        {
            return console.Fail($"no such file or folder: {missing}");
        }

        MessageValidator validator;
        try
        {
            validator = new MessageValidator(ContractLoader.Load(xsdFolder ?? ContractLoader.DefaultFolder));
        }
        catch (ContractException e)
        {
            return console.Fail(e.Message);
        }

        ExchangeContext? context = null;
        if (requestFile is not null)
        {
            if (RequestContext(validator, requestFile, out var reason) is not { } known)
            {
                return console.Fail(reason);
            }

            context = known;
        }

        IValidationReport report = json
            ? new JsonValidationReport(console.Output)
            : new TextValidationReport(console.Output);
        var conformant = 0;
        var unreadable = 0;
        foreach (var file in files)
        {
            try
            {
                using var stream = file == InputFiles.StandardInput ? console.OpenInput() : File.OpenRead(file);
                var result = validator.Validate(stream, context);
                report.Write(file, result);
                conformant += result.IsConformant ? 1 : 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable++;
                console.Error.WriteLine($"omega: cannot read {file}: {e.Message}");
            }
        }

        var summary = new ValidationSummary(files.Count, conformant, unreadable);
        report.Finish(summary);
        return unreadable > 0 ? ExitCodes.UsageOrIoError
            : summary.NotConformant > 0 ? ExitCodes.NotConformant
            : ExitCodes.Success;
    }

    /// <summary>
    /// The context a response is judged in: the message of the request file, read as safely as any envelope.
    /// </summary>
    private static ExchangeContext? RequestContext(MessageValidator validator, string file, out string reason)
    {
        reason = string.Empty;
        try
        {
            using var stream = File.OpenRead(file);
            if (validator.Validate(stream).Message is { } message)
            {
                return new ExchangeContext { Request = message };
            }

            reason = $"--request {file} holds no SOAP message to judge the responses against";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = $"cannot read --request {file}: {e.Message}";
            return null;
        }
    }
}
