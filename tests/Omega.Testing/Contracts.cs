using Omega.Conformance.Contract;
using Omega.Conformance.Services;
using Omega.Conformance.Validation;

namespace Omega.Testing;

/// <summary>The repository's contract, loaded once for every test.</summary>
public static class Contracts
{
    private static readonly Lazy<ServiceContract> LazyShipped = new(() => ContractLoader.Load(RepositoryPaths.Xsd));

    public static ServiceContract Shipped => LazyShipped.Value;

    public static MessageValidator Validator() => new(Shipped);

    /// <summary>A validator that runs the structural layer (XML, SOAP, XSD) and no business rule.</summary>
    public static MessageValidator SchemaOnlyValidator() =>
        new(Shipped, ServiceCatalog.Default.SchemaOnly());

    /// <summary>Validates an envelope given as text.</summary>
    public static ValidationResult Validate(
        string envelope, Omega.Conformance.Rules.ExchangeContext? exchange = null) =>
        Validator().Validate(System.Text.Encoding.UTF8.GetBytes(envelope), exchange);

    public static ValidationResult ValidateFile(string path) => ValidateFile(path, Validator());

    public static ValidationResult ValidateFile(string path, MessageValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        using var stream = File.OpenRead(path);
        return validator.Validate(stream);
    }
}
