using Omega.Bench.Payloads;
using Omega.Conformance.Contract;
using Omega.Conformance.Services;
using Omega.Conformance.Validation;

namespace Omega.Bench.Benchmarks;

/// <summary>What the benchmarks share: the payloads bench/run sends, and the two validators they compare.</summary>
internal static class BenchPayloads
{
    public static ServiceContract Contract { get; } = ContractLoader.Load(ContractLoader.DefaultFolder);

    public static MessageValidator SchemaOnly { get; } = new(Contract, ServiceCatalog.Default.SchemaOnly());

    public static MessageValidator SchemaAndRules { get; } = new(Contract);

    private static MhsPayloads Payloads { get; } = new(Contract.NamespaceOf("RequeteWSCreerDemandeMHS")!);

    public static byte[] Request(string size) => Payloads.Request(PayloadSize.Named(size), 0);

    public static byte[] Response(string size) => Payloads.Response(PayloadSize.Named(size));
}
