using BenchmarkDotNet.Attributes;
using Omega.Conformance.Validation;

namespace Omega.Bench.Benchmarks;

/// <summary>What <c>omega validate</c> costs on one document: schema only, then schema and rules.</summary>
[MemoryDiagnoser]
public class ValidatorBenchmarks
{
    private MessageValidator _schemaOnly = null!;
    private MessageValidator _schemaAndRules = null!;
    private byte[] _document = null!;

    [Params("RequeteWSCreerDemandeMHS", "ReponseWSCreerDemandeMHS")]
    public string Example { get; set; } = "RequeteWSCreerDemandeMHS";

    [GlobalSetup]
    public void Setup()
    {
        _schemaOnly = BenchPayloads.SchemaOnly;
        _schemaAndRules = BenchPayloads.SchemaAndRules;
        _document = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", Example + ".xml"));
    }

    [Benchmark(Baseline = true)]
    public bool SchemaOnly() => _schemaOnly.Validate(_document).IsConformant;

    [Benchmark]
    public bool SchemaAndRules() => _schemaAndRules.Validate(_document).IsConformant;
}
