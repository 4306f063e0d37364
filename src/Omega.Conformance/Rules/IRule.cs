using Omega.Conformance.Validation;

namespace Omega.Conformance.Rules;

/// <summary>One business rule of a service's specification. It reports through the context; it never throws.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    void Check(RuleContext context);
}
