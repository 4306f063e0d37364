using System.Xml.Linq;
using Omega.Conformance.Replay;

namespace Omega.Proxy.Cli.Replay;

/// <summary>The replay report for CI: JUnit XML, a test suite per dialogue and a test case per exchange.</summary>
internal sealed class JunitReplayReport(TextWriter output) : IReplayReport
{
    private readonly XElement _suites = new("testsuites", new XAttribute("name", "omega replay"));

    public void Write(DialogueReplay replay)
    {
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", replay.Dialogue.Name),
            new XAttribute("tests", replay.Exchanges.Count),
            new XAttribute("failures", replay.Exchanges.Count(e => e.Error is null && !e.Equivalent)),
            new XAttribute("errors", replay.Exchanges.Count(e => e.Error is not null)),
            new XAttribute("skipped", replay.Exchanges.Count(e => e.Skipped is not null)));
        foreach (var exchange in replay.Exchanges)
        {
            var testCase = new XElement(
                "testcase",
                new XAttribute("classname", "omega.replay." + replay.Dialogue.Name),
                new XAttribute("name", $"{exchange.Sequence:D4} {exchange.Operation ?? "unknown"}"));
            if (exchange.Skipped is not null)
            {
                testCase.Add(new XElement("skipped", new XAttribute("message", exchange.Skipped)));
            }
            else if (exchange.Error is not null)
            {
                testCase.Add(new XElement("error", new XAttribute("message", exchange.Error)));
            }
            else if (!exchange.Equivalent)
            {
                testCase.Add(new XElement(
                    "failure",
                    new XAttribute("message", $"{exchange.Differences.Count} differences with the recording"),
                    string.Join('\n', exchange.Differences)));
            }

            suite.Add(testCase);
        }

        _suites.Add(suite);
    }

    public void Finish() => output.WriteLine(new XDocument(new XDeclaration("1.0", "utf-8", null), _suites).ToString());
}
