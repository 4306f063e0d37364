namespace Omega.Features.Coverage;

/// <summary>A scenario of features/ and its coverage tags, those of its Examples included.</summary>
public sealed record CoveredScenario(string Feature, string Name, IReadOnlyList<string> Tags)
{
    public override string ToString() => $"{Feature}: {Name}";
}
