using System.Net;
using Omega.Proxy.Exchanges;
using Omega.Testing;
using Omega.Testing.Mhs;

namespace Omega.Proxy.Tests.Support;

/// <summary>
/// A whole MHS appointment dialogue as a supplier plays it, each call sent where a chooser says:
/// check, creation with a first date, a page of slots when OMEGA lists some, the acceptance of a
/// slot, then a call after the end (out of sequence, DLG302). Keeps every verdict the proxy told.
/// </summary>
internal static class MhsDialogueRun
{
    public const string Pce6M = "19112345678901";

    /// <param name="proxyFor">The instance the n-th call of the dialogue goes to.</param>
    public static async Task<IReadOnlyList<Told>> RunAsync(Func<int, RunningProxy> proxyFor, string pce = Pce6M)
    {
        var told = new List<Told>();
        async Task<Told> SendAsync(string envelope)
        {
            using var response = await proxyFor(told.Count).PostAsync(envelope);
            var reply = new Told(
                response.StatusCode,
                Exchanges.ForwardingTests.Header(response, VerdictHeaders.ExchangeId),
                Exchanges.ForwardingTests.Header(response, VerdictHeaders.Verdict),
                Exchanges.ForwardingTests.Header(response, VerdictHeaders.Rules),
                await response.Content.ReadAsStringAsync());
            told.Add(reply);
            return reply;
        }

        await SendAsync(MhsRequests.Verifier(pce));
        var created = await SendAsync(MhsRequests.Creer(pce, "2026-12-16", "MATIN"));
        var numero = created.Message.FindDescendant("NumeroDemande")!.Value;
        var (date, plage) = ("2026-12-16", "MATIN");
        if (created.Message.FindDescendant("ListeDatePlage") is not null)
        {
            var page = await SendAsync(MhsRequests.DemanderPrecSuiv(numero));
            var slot = page.Message.FindDescendant("ListeDatePlage")!;
            (date, plage) = (slot.Child("Date")!.Value, slot.Child("Plage")!.Value);
        }

        await SendAsync(MhsRequests.AccepterRdv(numero, date, plage));
        await SendAsync(MhsRequests.DemanderPrecSuiv(numero));
        return told;
    }

    /// <summary>What the proxy told of one exchange.</summary>
    public sealed record Told(HttpStatusCode Status, string ExchangeId, string Verdict, string Rules, string Body)
    {
        public Omega.Conformance.Soap.MessageElement Message => Contracts.Validate(Body).Message!;

        /// <summary>What must be the same on one instance and on several: the answer and its verdict.</summary>
        public string Judged => $"{(int)Status} {Verdict} [{Rules}]";
    }
}
