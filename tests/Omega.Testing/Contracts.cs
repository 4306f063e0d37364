using Omega.Conformance.Contract;
using Omega.Conformance.Validation;

namespace Omega.Testing;

/// <summary>The repository's contract, loaded once for every test.</summary>
public static class Contracts
{
    private static readonly Lazy<ServiceContract> LazyShipped = new(() => ContractLoader.Load(RepositoryPaths.Xsd));

    public static ServiceContract Shipped => LazyShipped.Value;

    public static MessageValidator Validator() => new(Shipped);

    /// <summary>Validates an envelope given as text.</summary>
    public static ValidationResult Validate(string envelope, Omega.Conformance.Rules.ExchangeContext? exchange = null) =>
        Validator().Validate(System.Text.Encoding.UTF8.GetBytes(envelope), exchange);

    public static ValidationResult ValidateFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Validator().Validate(stream);
    }
}
