using System.Text;
using Omega.Conformance.Export.Features;
using Omega.Conformance.Recording;
using Omega.Features.Judging;
using Omega.Features.Targets;
using Omega.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Omega.Features.Direct.Recorded;

/// <summary>
/// "The exported feature runs green in the conformance suite": each committed recording, exported as
/// <c>omega export --feature</c> writes it, runs through the suite's bindings against this run's target,
/// once with the PCE known to the profile and once with its role found from what OMEGA answered.
/// </summary>
public sealed class RecordedFeaturesTests(ITestOutputHelper output)
{
    public const string ByProfile = "the profile's role";
    public const string ByAnswers = "a role chosen by OMEGA's answers";

    public static TheoryData<string, string> Recordings()
    {
        var data = new TheoryData<string, string>();
        var folders = Directory.GetDirectories(RepositoryPaths.CommittedRecordings).Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            data.Add(Path.GetFileName(folder), ByProfile);
            data.Add(Path.GetFileName(folder), ByAnswers);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Recordings))]
    public void ExportedFeature_OfACommittedRecording_RunsGreenThroughTheSuite(string recording, string pce)
    {
        var folder = Path.Combine(RepositoryPaths.CommittedRecordings, recording);
        var dialogue = Assert.Single(FileRecordingReader.Read([folder]));
        // The recordings are the simulator's: its profile names their PCEs, whatever target this run has.
        var profile = SuiteProfile.Load(TargetProfiles.PathOf("simulator"));
        if (pce == ByAnswers)
        {
            profile = profile with { Pces = new Dictionary<string, ProfilePce>() };
        }

        var warnings = new List<string>();
        using var exported = new MemoryStream();
        new FeatureExporter(Judge.Validator, profile, warnings.Add).Write(dialogue, exported);
        var feature = Encoding.UTF8.GetString(exported.ToArray());
        output.WriteLine(feature);

        Assert.Empty(warnings);
        GherkinScenarios.Run(feature, typeof(RecordedFeaturesTests).Assembly, output);
    }
}
