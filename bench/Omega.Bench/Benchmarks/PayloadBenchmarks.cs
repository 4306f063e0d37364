using BenchmarkDotNet.Attributes;
using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Bench.Benchmarks;

/// <summary>
/// What the proxy's validation costs per exchange at the bench's sizes: the request, then the answer
/// in the context of its request, schema only and with the rules.
/// </summary>
[MemoryDiagnoser]
public class PayloadBenchmarks
{
    private MessageValidator _schemaOnly = null!;
    private MessageValidator _schemaAndRules = null!;
    private byte[] _request = null!;
    private byte[] _response = null!;
    private ExchangeContext _context = null!;

    [Params("1k", "4k", "32k")]
    public string Size { get; set; } = "4k";

    [GlobalSetup]
    public void Setup()
    {
        _schemaOnly = BenchPayloads.SchemaOnly;
        _schemaAndRules = BenchPayloads.SchemaAndRules;
        _request = BenchPayloads.Request(Size);
        _response = BenchPayloads.Response(Size);
        _context = new ExchangeContext { Request = _schemaAndRules.Validate(_request).Message };
    }

    [Benchmark(Baseline = true)]
    public bool ExchangeSchemaOnly() =>
        _schemaOnly.Validate(_request).IsConformant & _schemaOnly.Validate(_response, _context).IsConformant;

    [Benchmark]
    public bool ExchangeSchemaAndRules() =>
        _schemaAndRules.Validate(_request).IsConformant & _schemaAndRules.Validate(_response, _context).IsConformant;
}
