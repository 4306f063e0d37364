using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>NumeroVersion names a version of the web service the operation accepts.</summary>
internal sealed class NumeroVersionRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS104",
        Severity.Error,
        "3.2.1.1, 3.3.1.1",
        "NumeroVersion is V10 for VerifierRecevabiliteMHS, V5 to V10 for the other requests.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!MhsRequests.IsRequest(context) || context.Message.Child("NumeroVersion") is not { } element)
        {
            return;
        }

        var operation = context.Binding.Operation;
        var lowest = operation == MhsOperations.VerifierRecevabiliteMHS ? 10 : 5;
        var version = VersionNumber.Read(element.Value);
        if (version is null || version < lowest || version > 10)
        {
            var accepted = lowest == 10 ? "V10 only" : "V5 to V10";
            context.Report(
                Rule, element, $"NumeroVersion '{element.Value}' is not accepted: {operation.Name} takes {accepted}.");
        }
    }
}
