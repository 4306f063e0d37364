using Omega.Conformance.Validation;

namespace Omega.Conformance.Tests.Services.Mhs.Rules;

/// <summary>What a test of one rule asserts: the rule flags the field, stays silent, or could not judge.</summary>
internal static class RuleAssert
{
    /// <summary>The one violation of the rule, at that path; the schema's verdict on it was replaced.</summary>
    public static Violation Flags(ValidationResult result, string ruleId, string path)
    {
        var violation = Assert.Single(result.Violations, v => v.RuleId == ruleId);
        Assert.Equal(path, violation.Path);
        Assert.DoesNotContain(
            result.Violations, v => v.RuleId.StartsWith("XSD", StringComparison.Ordinal) && v.Path == path);
        return violation;
    }

    /// <summary>For a theory: the rule flags the field when <paramref name="flagged"/>, else stays silent.</summary>
    public static void FlagsWhen(bool flagged, ValidationResult result, string ruleId, string path)
    {
        if (flagged)
        {
            Flags(result, ruleId, path);
        }
        else
        {
            DoesNotFlag(result, ruleId);
        }
    }

    public static void DoesNotFlag(ValidationResult result, string ruleId)
    {
        Assert.DoesNotContain(result.Violations, v => v.RuleId == ruleId);
        Assert.DoesNotContain(result.NotJudged, n => n.RuleId == ruleId);
    }

    public static void CannotJudge(ValidationResult result, string ruleId, string path)
    {
        Assert.DoesNotContain(result.Violations, v => v.RuleId == ruleId);
        var notJudged = Assert.Single(result.NotJudged, n => n.RuleId == ruleId);
        Assert.Equal(path, notJudged.Path);
    }
}
