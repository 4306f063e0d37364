using System.Xml.Linq;
using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;
using Omega.Testing;
using Xunit.Abstractions;

namespace Omega.Hardening.Tests.Mutation;

/// <summary>
/// Seeded mutants of the example envelopes, at least ten thousand: the validator gives each a
/// verdict and never throws, and what it calls conformant an independent schema check finds valid.
/// Run more, or another seed, with OMEGA_MUTATION_CASES and OMEGA_MUTATION_SEED.
/// </summary>
public sealed class MutationTests(ITestOutputHelper output) : IDisposable
{
    private const string CertificateSubject = "CN=fournisseur-demo.example, OU=OMEGA, O=Fournisseur Demo, C=FR";

    private readonly string _folder = Directory.CreateTempSubdirectory("omega-mutants-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Mutants_OfTheExamples_EachGetAVerdictAndTheConformantOnesAreSchemaValid()
    {
        var validator = Contracts.Validator();
        var contexts = RequestContexts(validator);
        var tally = new MutationTally();
        var failures = new List<string>();
        var conformant = 0;
        var distinct = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var mutant in Mutator.Cases(Corpus.Shipped, Mutator.Seed, Mutator.Count))
        {
            try
            {
                var result = validator.Validate(mutant.Bytes, contexts.GetValueOrDefault(mutant.Example));
                TransportRules.CheckDnEntreprise(result.Message, CertificateSubject);
                ContentTypeCheck.Check("text/xml; charset=utf-8", result.Envelope.Version);
                tally.Add(mutant.Family, result);
                // A SOAP Fault is judged by the envelope's rules, not the contract's schema.
                if (result.IsConformant && !result.Envelope.IsFault)
                {
                    conformant++;
                    CheckIndependently(mutant, failures, distinct);
                }
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                tally.Add(mutant.Family, "threw");
                failures.Add($"{mutant}: the validator threw {e}");
            }
        }

        var files = distinct.Select(pair => WriteMessage(pair.Key, pair.Value)).ToList();
        var rejected = await IndependentSchemaCheck.XmllintRejectsAsync(files);
        failures.AddRange(rejected.Select(line => $"xmllint rejects what the validator calls conformant: {line}"));

        output.WriteLine($"seed {Mutator.Seed}: {tally.Total} cases, {conformant} conformant, each checked by a "
            + $"validating reader, and their {files.Count} distinct messages by xmllint ({rejected.Count} rejected)");
        output.WriteLine(tally.ToString());
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        Assert.True(tally.Total >= Math.Min(Mutator.Count, 10_000), "the mutator made fewer cases than asked");
        Assert.All(Enum.GetValues<MutationFamily>(), family => Assert.InRange(
            tally.Count(family, MutationTally.Conformant), 1, tally.Count(family) - 1));
    }

    /// <summary>Checks a conformant mutant's message with the reader, and keeps it for xmllint once per text.</summary>
    private static void CheckIndependently(
        MutationCase mutant, List<string> failures, Dictionary<string, string> distinct)
    {
        if (IndependentSchemaCheck.MessageOf(mutant.Bytes) is not { } message)
        {
            failures.Add($"{mutant}: called conformant, but its Body holds no element");
            return;
        }

        if (IndependentSchemaCheck.Errors(message) is { Count: > 0 } errors)
        {
            failures.Add($"{mutant}: called conformant, but the validating reader says {string.Join("; ", errors)}");
        }

        distinct.TryAdd(message.ToString(SaveOptions.DisableFormatting), $"{mutant.Index:D6}");
    }

    private string WriteMessage(string message, string name)
    {
        var file = Path.Combine(_folder, name + ".xml");
        File.WriteAllText(file, message);
        return file;
    }

    /// <summary>Each response example is judged in the context of its request, as the proxy judges it.</summary>
    private static Dictionary<string, ExchangeContext> RequestContexts(MessageValidator validator) =>
        Corpus.Shipped.Examples
            .Where(e => e.Name.StartsWith("ReponseWS", StringComparison.Ordinal))
            .ToDictionary(
                e => e.Name,
                e => new ExchangeContext
                {
                    Request = validator.Validate(File.ReadAllBytes(RepositoryPaths.Example(RequestOf(e.Name)))).Message,
                });

    private static string RequestOf(string response) => "RequeteWS" + response["ReponseWS".Length..];
}
