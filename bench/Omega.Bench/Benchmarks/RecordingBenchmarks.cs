using System.Text;
using BenchmarkDotNet.Attributes;
using Omega.Conformance.Recording;
using Omega.Conformance.Services;
using Omega.Conformance.Soap;

namespace Omega.Bench.Benchmarks;

/// <summary>
/// What recording adds in memory per exchange before the files: the pseudonymization of both messages.
/// </summary>
[MemoryDiagnoser]
public class RecordingBenchmarks
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("a recorder secret made for the benchmarks");
    private Pseudonymizer _pseudonymizer = null!;
    private byte[] _request = null!;
    private byte[] _response = null!;
    private MessageElement? _requestMessage;
    private MessageElement? _responseMessage;

    [Params("1k", "4k", "32k")]
    public string Size { get; set; } = "4k";

    [GlobalSetup]
    public void Setup()
    {
        var validator = BenchPayloads.SchemaAndRules;
        _pseudonymizer = new Pseudonymizer(
            [.. ServiceCatalog.Default.Services.SelectMany(service => service.PersonalData).Distinct()]);
        _request = BenchPayloads.Request(Size);
        _response = BenchPayloads.Response(Size);
        _requestMessage = validator.Validate(_request).Message;
        _responseMessage = validator.Validate(_response).Message;
    }

    [Benchmark]
    public int Pseudonymize()
    {
        var key = PseudonymKey.ForDialogue(Secret, "20261204T031215Z-ef91-000001");
        return _pseudonymizer.Apply(_request, _requestMessage, key).Bytes.Length
            + _pseudonymizer.Apply(_response, _responseMessage, key).Bytes.Length;
    }
}
