using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>The check only says whether to go on ("P") or not ("A"); the other methods may also end ("T").</summary>
internal sealed class TypeRetourDialogueRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS201",
        Severity.Error,
        "3.2.2.1, 3.3.2.1",
        "TypeRetourDialogue is P or A for VerifierRecevabiliteMHS; P, A or T for the other operations.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!MhsAnswers.IsAnswer(context) || context.Message.Child("TypeRetourDialogue") is not { } element)
        {
            return;
        }

        var operation = context.Binding.Operation;
        if (!MhsAnswers.Allows(operation, element.Value.Trim()))
        {
            var allowed = operation == MhsOperations.VerifierRecevabiliteMHS ? "P or A" : "P, A or T";
            context.Report(
                Rule, element, $"TypeRetourDialogue is '{element.Value}'; {operation.Name} answers {allowed}.");
        }
    }
}
