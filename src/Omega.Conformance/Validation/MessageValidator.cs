using Omega.Conformance.Contract;
using Omega.Conformance.Rules;
using Omega.Conformance.Services;
using Omega.Conformance.Soap;

namespace Omega.Conformance.Validation;

/// <summary>
/// The one validation engine of the tool, shared by <c>omega validate</c>, the proxy and the
/// simulator: the structural layer (XML, SOAP, XSD) in one pass over the envelope, then the
/// business rules of the message's service. Thread-safe; it never throws on bad input.
/// </summary>
public sealed class MessageValidator
{
    private readonly ServiceContract _contract;
    private readonly ServiceCatalog _services;
    private readonly XmlLimits _limits;

    public MessageValidator(ServiceContract contract, ServiceCatalog? services = null, XmlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        _contract = contract;
        _services = services ?? ServiceCatalog.Default;
        _limits = limits ?? XmlLimits.Default;
    }

    public ServiceContract Contract => _contract;

    public ServiceCatalog Services => _services;

    public XmlLimits Limits => _limits;

    /// <summary>Validates the envelope read from the stream, which is left open.</summary>
    public ValidationResult Validate(Stream envelope, ExchangeContext? exchange = null)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var violations = new ViolationList();
        var parsed = EnvelopeParser.Parse(envelope, _contract, _limits, violations);
        var binding = parsed.Message is { } message ? _services.Find(message.Name) : null;
        var notJudged = new List<NotJudged>();
        var notes = new List<Note>();
        // The rules judge the contract's messages: one it does not declare (XSD001) is wrong as a whole.
        if (parsed.Message is { } read && binding is not null && _contract.Declares(read.Name, read.NamespaceUri))
        {
            RunRules(read, binding, exchange, violations, notJudged, notes);
        }

        return new ValidationResult(parsed, binding, violations, notJudged, notes);
    }

    public ValidationResult Validate(ReadOnlyMemory<byte> envelope, ExchangeContext? exchange = null)
    {
        using var stream = new ReadOnlyMemoryStream(envelope);
        return Validate(stream, exchange);
    }

    private static void RunRules(
        MessageElement message,
        MessageBinding binding,
        ExchangeContext? exchange,
        ViolationList violations,
        List<NotJudged> notJudged,
        List<Note> notes)
    {
        var rules = binding.Service.Rules;
        if (rules.Count == 0)
        {
            return;
        }

        var ruleViolations = new ViolationList();
        var context = new RuleContext(message, binding, exchange, ruleViolations, notJudged, notes);
        for (var i = 0; i < rules.Count; i++)
        {
            rules[i].Check(context);
        }

        MergeOneVerdictPerField(violations, ruleViolations);
    }

    /// <summary>
    /// Where a business rule and the schema condemn the same field, the rule speaks: it knows the
    /// specification's reason and OMEGA's label, the schema only the type.
    /// </summary>
    private static void MergeOneVerdictPerField(ViolationList violations, ViolationList ruleViolations)
    {
        // Most messages break no rule, or break none the schema also saw: no set is built for them.
        if (ruleViolations.Items.Count == 0)
        {
            return;
        }

        if (violations.Items.Any(IsSchemaVerdict))
        {
            var condemned = ruleViolations.Items
                .Where(v => v.Severity == Severity.Error)
                .Select(v => v.Path)
                .ToHashSet(StringComparer.Ordinal);
            violations.RemoveWhere(v => IsSchemaVerdict(v) && condemned.Contains(v.Path));
        }

        foreach (var violation in ruleViolations.Items)
        {
            violations.Add(violation);
        }
    }

    private static bool IsSchemaVerdict(Violation violation) =>
        violation.RuleId.StartsWith("XSD", StringComparison.Ordinal);
}
