using Omega.Testing.Mhs;

namespace Omega.Simulator.Tests.Engine;

/// <summary>The same seed and clock give the same demand numbers and the same slots.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task Creation_SameSeed_SameNumberAndSlots()
    {
        var first = await CreateAsync(seed: 7);
        var again = await CreateAsync(seed: 7);
        var other = await CreateAsync(seed: 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first.Numero, other.Numero);
    }

    private static async Task<(string Numero, string Slots)> CreateAsync(int seed)
    {
        await using var stub = await Stub.StartAsync(seed: seed);
        var created = await stub.CallAsync(
            "CreerDemandeMHS", MhsRequests.Creer("19112345678901", "2026-12-19", "MATIN"));
        return (created.NumeroDemande, string.Join(' ', created.Slots));
    }
}
