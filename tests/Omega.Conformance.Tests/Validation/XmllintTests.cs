using System.Diagnostics;
using System.Xml.Linq;
using Omega.Testing;

namespace Omega.Conformance.Tests.Validation;

/// <summary>
/// The contract compiles in an independent validator too: libxml2's xmllint, installed by .ci/run,
/// validates the Body element of every example.
/// </summary>
public sealed class XmllintTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("omega-xmllint-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Examples() => ExampleTests.Examples();

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Xmllint_BodyOfExample_IsValidAgainstTheShippedXsd(string file)
    {
        var envelope = XDocument.Load(RepositoryPaths.Example(file));
        var message = envelope.Root!.Elements().Single(e => e.Name.LocalName == "Body").Elements().Single();
        var body = Path.Combine(_folder, file);
        new XDocument(message).Save(body);

        var (exitCode, output) = await RunXmllintAsync(body);

        Assert.True(exitCode == 0, output);
        Assert.Contains("validates", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xmllint_BrokenCopy_IsRejectedToo()
    {
        var envelope = XDocument.Load(Samples.Invalid("version-out-of-range.xml"));
        var body = Path.Combine(_folder, "broken.xml");
        new XDocument(envelope.Root!.Elements().Single(e => e.Name.LocalName == "Body").Elements().Single()).Save(body);

        var (exitCode, _) = await RunXmllintAsync(body);

        Assert.NotEqual(0, exitCode);
    }

    private static async Task<(int ExitCode, string Output)> RunXmllintAsync(string file)
    {
        var schema = Path.Combine(RepositoryPaths.Xsd, "CreerDemandeMHS.xsd");
        var start = new ProcessStartInfo("xmllint")
        {
            ArgumentList = { "--noout", "--nonet", "--schema", schema, file },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException(
                "xmllint did not start: .ci/run installs it (Debian package libxml2-utils).");
        var output = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
