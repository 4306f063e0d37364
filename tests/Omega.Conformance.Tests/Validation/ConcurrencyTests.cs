using Omega.Testing;

namespace Omega.Conformance.Tests.Validation;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Validate_SharedContractAcrossThreads_GivesEveryThreadTheSameVerdicts()
    {
        var validator = Contracts.Validator();
        var valid = File.ReadAllBytes(RepositoryPaths.Example("RequeteWSCreerDemandeMHS"));
        var broken = File.ReadAllBytes(Samples.Invalid("date-not-iso.xml"));

        var verdicts = new (bool Valid, int Violations)[400];
        Parallel.For(0, verdicts.Length, i =>
        {
            var result = validator.Validate(i % 2 == 0 ? valid : broken);
            verdicts[i] = (result.IsConformant, result.Violations.Count);
        });

        for (var i = 0; i < verdicts.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? (true, 0) : (false, 1), verdicts[i]);
        }
    }
}
