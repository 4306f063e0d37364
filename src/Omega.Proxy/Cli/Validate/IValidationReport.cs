using Omega.Conformance.Validation;

namespace Omega.Proxy.Cli.Validate;

/// <summary>How <c>omega validate</c> shows its verdicts, one file at a time, as they come.</summary>
internal interface IValidationReport
{
    void Write(string file, ValidationResult result);

    void Finish(ValidationSummary summary);
}
