using Omega.Testing;

namespace Omega.Conformance.Tests.Validation;

public sealed class ExampleTests
{
    public static TheoryData<string> Examples()
    {
        return [.. Samples.ExampleNames()];
    }

    [Fact]
    public void Examples_CoverEveryOperationInBothDirections()
    {
        var names = Samples.ExampleNames().Select(Path.GetFileNameWithoutExtension).ToHashSet();

        foreach (var operation in Conformance.Services.Mhs.MhsOperations.All)
        {
            Assert.Contains(operation.RequestElement, names);
            Assert.Contains(operation.ResponseElement, names);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Validate_Example_IsConformantWithoutAnyViolation(string file)
    {
        var result = Contracts.ValidateFile(RepositoryPaths.Example(file));

        Assert.Empty(result.Violations);
        Assert.True(result.IsConformant);
        Assert.Equal(Path.GetFileNameWithoutExtension(file), result.MessageName);
        Assert.NotNull(result.Binding);
    }
}
