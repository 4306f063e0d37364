using Omega.Bench.Payloads;
using Omega.Conformance.Contract;

namespace Omega.Bench.Benchmarks;

/// <summary>The bench's payloads in memory, for the benchmarks: the same bytes bench/run sends.</summary>
internal static class BenchPayloads
{
    public static ServiceContract Contract { get; } = ContractLoader.Load(ContractLoader.DefaultFolder);

    private static MhsPayloads Payloads { get; } = new(Contract.NamespaceOf("RequeteWSCreerDemandeMHS")!);

    public static byte[] Request(string size) => Payloads.Request(PayloadSize.Named(size), 0);

    public static byte[] Response(string size) => Payloads.Response(PayloadSize.Named(size));
}
