namespace Omega.Hardening.Tests.Mutation;

/// <summary>
/// Turns the example envelopes into mutated cases, deterministically by seed: the families take
/// turns, each case starts from an example and takes one to three mutations of its family.
/// </summary>
internal static class Mutator
{
    /// <summary>The seed and the number of cases, overridable to replay a run or to run longer.</summary>
    public static int Seed => Setting("OMEGA_MUTATION_SEED", 20261207);

    public static int Count => Setting("OMEGA_MUTATION_CASES", 12_000);

    public static IEnumerable<MutationCase> Cases(Corpus corpus, int seed, int count)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var random = new Random(seed);
        var families = Enum.GetValues<MutationFamily>();
        for (var index = 0; index < count; index++)
        {
            var family = families[index % families.Length];
            var (example, bytes) = corpus.Examples[random.Next(corpus.Examples.Count)];
            var kinds = new List<string>();
            for (var rounds = 1 + random.Next(3); rounds > 0; rounds--)
            {
                var (kind, mutated) = family switch
                {
                    MutationFamily.Byte => ByteMutator.Apply(random, bytes),
                    MutationFamily.Token => TokenMutator.Apply(random, bytes, corpus),
                    _ => StructureMutator.Apply(random, bytes, corpus),
                };
                kinds.Add(kind);
                bytes = mutated;
            }

            yield return new MutationCase(index, family, example, string.Join('+', kinds), bytes);
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;
}
