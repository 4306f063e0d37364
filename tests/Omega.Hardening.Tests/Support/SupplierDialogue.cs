using System.Globalization;
using System.Text;
using Omega.Proxy.Exchanges;
using Omega.Testing;
using Omega.Testing.Mhs;

namespace Omega.Hardening.Tests.Support;

/// <summary>
/// A supplier's whole dialogue through the proxy, of one of four kinds by its rank: book a slot
/// (paging once when OMEGA lists them), propose a date then abandon the appointment, abandon the
/// demand, or an MM PCE at its Date Demandée. The dialogue stops where OMEGA ends it.
/// </summary>
internal static class SupplierDialogue
{
    public const int Kinds = 4;

    /// <summary>Runs the dialogue, telling <paramref name="answered"/> each exchange once its answer is read.</summary>
    /// <exception cref="HttpRequestException">The proxy went away in the middle.</exception>
    public static async Task RunAsync(
        HttpClient proxy, int rank, DateOnly date, Action<SupplierExchange> answered, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        ArgumentNullException.ThrowIfNull(answered);
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sixMonthly = LoadData.SixMonthly(rank);
        async Task<Omega.Conformance.Soap.MessageElement?> Send(string operation, string envelope)
        {
            var request = Encoding.UTF8.GetBytes(envelope);
            using var content = new ByteArrayContent(request);
            content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
            using var response = await proxy.PostAsync(new Uri("/CreerDemandeMHS", UriKind.Relative), content, cancel);
            var body = await response.Content.ReadAsByteArrayAsync(cancel);
            var id = Replies.Header(response, VerdictHeaders.ExchangeId);
            answered(new SupplierExchange(operation, id, (int)response.StatusCode, request, body));
            var message = Contracts.Validate(Encoding.UTF8.GetString(body)).Message;
            return message?.FindDescendant("TypeRetourDialogue")?.Value == "P" ? message : null;
        }

        switch (rank % Kinds)
        {
            case 0:
                if (await Send("VerifierRecevabiliteMHS", MhsRequests.Verifier(sixMonthly)) is null
                    || await Send("CreerDemandeMHS", MhsRequests.Creer(sixMonthly, day, "MATIN")) is not { } created)
                {
                    break;
                }

                var numero = created.FindDescendant("NumeroDemande")!.Value;
                var slot = created.FindDescendant("DateProgrammee");
                if (slot is null && created.FindDescendant("ListeDatePlage") is not null)
                {
                    var page = await Send("DemanderPrecSuiv", MhsRequests.DemanderPrecSuiv(numero));
                    slot = page?.FindDescendant("ListeDatePlage");
                }

                if (slot is not null)
                {
                    var plage = slot.Child("Plage") ?? slot.Child("PlageHoraire");
                    await Send("AccepterRdv", MhsRequests.AccepterRdv(numero, slot.Child("Date")!.Value, plage?.Value));
                }

                break;
            case 1:
                if (await Send("CreerDemandeMHS", MhsRequests.Creer(sixMonthly, day, "MATIN")) is { } proposing)
                {
                    var demande = proposing.FindDescendant("NumeroDemande")!.Value;
                    var proposal = MhsRequests.ProposerDatePlage(demande, day, "MATIN");
                    if (await Send("ProposerDatePlage", proposal) is not null)
                    {
                        await Send("AbandonnerRdv", MhsRequests.AbandonnerRdv(demande));
                    }
                }

                break;
            case 2:
                if (await Send("VerifierRecevabiliteMHS", MhsRequests.Verifier(sixMonthly)) is not null
                    && await Send("CreerDemandeMHS", MhsRequests.Creer(sixMonthly, day, "MATIN")) is { } abandoning)
                {
                    var abandoned = abandoning.FindDescendant("NumeroDemande")!.Value;
                    await Send("AbandonnerDemande", MhsRequests.AbandonnerDemande(abandoned));
                }

                break;
            default:
                var monthly = LoadData.Monthly(rank);
                if (await Send("VerifierRecevabiliteMHS", MhsRequests.Verifier(monthly)) is not null)
                {
                    await Send("CreerDemandeMHS", MhsRequests.Creer(monthly, day));
                }

                break;
        }
    }
}
