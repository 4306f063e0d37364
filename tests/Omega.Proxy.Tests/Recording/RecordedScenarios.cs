using Omega.Proxy.Tests.Support;
using Omega.Testing;
using Omega.Testing.Mhs;

namespace Omega.Proxy.Tests.Recording;

/// <summary>
/// The dialogues whose recordings are committed under recordings/examples/: each runs on a fresh simulator
/// (seed 1, the fake clock of <see cref="SimulatedOmega"/>) through a recording proxy, so the
/// recording is the same every time and replays alone.
/// </summary>
internal static class RecordedScenarios
{
    public const string PseudonymSecret = "omega-conformance committed recordings";

    private const string Pce6M = "19112345678901";

    public static IReadOnlyDictionary<string, Func<RunningProxy, Task>> All { get; } =
        new Dictionary<string, Func<RunningProxy, Task>>
        {
            ["6M appointment, paging then accepting"] = async proxy =>
            {
                await SendAsync(proxy, MhsRequests.Verifier(Pce6M, "69003"));
                var numero = await NumeroAsync(proxy, MhsRequests.Creer(Pce6M, "2026-12-16", "MATIN", "69003"));
                var page = await SendAsync(proxy, MhsRequests.DemanderPrecSuiv(numero));
                var slot = page.FindDescendant("ListeDatePlage")!;
                await SendAsync(
                    proxy, MhsRequests.AccepterRdv(numero, slot.Child("Date")!.Value, slot.Child("Plage")!.Value));
            },
            ["6M appointment, proposing another date"] = async proxy =>
            {
                var numero = await NumeroAsync(proxy, MhsRequests.Creer("19100000000602", "2026-12-16", "MATIN"));
                var answer = await SendAsync(proxy, MhsRequests.ProposerDatePlage(numero, "2026-12-22", "APRES-MIDI"));
                var slot = answer.FindDescendant("DateProgrammee") ?? answer.FindDescendant("ListeDatePlage")!;
                var plage = slot.Child("PlageHoraire") ?? slot.Child("Plage");
                await SendAsync(proxy, MhsRequests.AccepterRdv(numero, slot.Child("Date")!.Value, plage!.Value));
            },
            ["MM PCE at the Date Demandee"] = async proxy =>
            {
                await SendAsync(proxy, MhsRequests.Verifier("19100000000001"));
                await SendAsync(proxy, MhsRequests.Creer("19100000000001", "2026-12-18"));
            },
            ["appointment dialogue abandoned"] = async proxy =>
            {
                var numero = await NumeroAsync(proxy, MhsRequests.Creer(Pce6M, "2026-12-16", "MATIN"));
                await SendAsync(proxy, MhsRequests.AbandonnerRdv(numero));
            },
            ["demand abandoned"] = async proxy =>
            {
                var numero = await NumeroAsync(proxy, MhsRequests.Creer(Pce6M, "2026-12-16", "MATIN"));
                await SendAsync(proxy, MhsRequests.AbandonnerDemande(numero));
            },
            ["unknown PCE refused at the check"] = async proxy =>
            {
                await SendAsync(proxy, MhsRequests.Verifier("19199999999999"));
            },
            ["JJ PCE at the supplier's initiative"] = async proxy =>
            {
                await SendAsync(proxy, MhsRequests.Verifier("19100000000002"));
                await SendAsync(proxy, MhsRequests.Creer("19100000000002", "2026-12-18", fournisseurMhs: true));
            },
        };

    /// <summary>Runs every scenario, each on a fresh simulator, recording into <paramref name="folder"/>.</summary>
    public static async Task RecordAllAsync(string folder)
    {
        foreach (var scenario in All.Values)
        {
            await using var omega = await SimulatedOmega.StartAsync(
                o => o with { Record = folder, PseudonymSecret = PseudonymSecret });
            await scenario(omega.Proxy);
        }
    }

    private static async Task<Omega.Conformance.Soap.MessageElement> SendAsync(RunningProxy proxy, string envelope)
    {
        using var response = await proxy.PostAsync(envelope);
        return Contracts.Validate(await response.Content.ReadAsStringAsync()).Message!;
    }

    private static async Task<string> NumeroAsync(RunningProxy proxy, string creation) =>
        (await SendAsync(proxy, creation)).FindDescendant("NumeroDemande")!.Value;
}
