using Omega.Conformance.Rules;
using Omega.Conformance.Services;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Soap;
using Omega.Simulator.Data;

namespace Omega.Simulator.Engine;

/// <summary>
/// How the simulated OMEGA answers a creation and the appointment methods: 6M and 1M PCEs get
/// slots (DatePlageH to confirm, ListeDP to choose and page); the others the Date Demandée.
/// </summary>
internal sealed class AppointmentDesk
{
    private readonly AppointmentCalendar _calendar;
    private readonly SimulatorClock _clock;

    public AppointmentDesk(AppointmentCalendar calendar, SimulatorClock clock)
    {
        _calendar = calendar;
        _clock = clock;
    }

    /// <summary>The answer to a creation that passed every check.</summary>
    public Answer Create(Demand demand, MessageElement request)
    {
        var rdv = request.Find("Demande/PremierRdvDemande");
        var date = NonEmpty(rdv?.Child("Date"));
        var plage = NonEmpty(rdv?.Child("Plage"));
        var dateDemandee = date ?? IsoDate.Text(_clock.NextWorkingDay);
        var pce = demand.Pce;
        if (pce.Status == PceStatus.Cut)
        {
            return AtDateDemandee(demand, MhsReturnCodes.PceCoupe, dateDemandee);
        }

        if (pce.WithoutIntervention)
        {
            return AtDateDemandee(demand, MhsReturnCodes.DemandeSansIntervention, dateDemandee);
        }

        if (pce.Frequency is not ("6M" or "1M"))
        {
            return AtDateDemandee(demand, MhsReturnCodes.RdvDateDemandee, dateDemandee);
        }

        if (pce.NoFreeSlot)
        {
            return AtDateDemandee(
                demand, MhsReturnCodes.RdvDateDemandeeAvecCode, dateDemandee, SimulatedCodes.NoFreeSlot);
        }

        if (date is null || plage is null)
        {
            // A slot needs its Plage (section 3.3.1.1): OMEGA records the date and asks to go on.
            return Of(demand, MhsReturnCodes.Message, MhsReturnCodes.MessageAPoursuivre, SimulatedCodes.PlageMissing)
                with { DateDemandee = dateDemandee };
        }

        return pce.BooksAtOnce ? Book(demand, date, plage) : Propose(demand, date, plage);
    }

    /// <summary>The answer to an appointment or stop method, once the dialogue allows the call.</summary>
    public Answer Continue(Demand demand, OperationDefinition operation, MessageElement request)
    {
        var datePlage = request.Child("DatePlage");
        var date = NonEmpty(datePlage?.Child("Date")) ?? string.Empty;
        var plage = NonEmpty(datePlage?.Child("Plage"));
        switch (operation.Name)
        {
            case "ProposerDatePlage":
                return Propose(demand, date, plage);

            case "AccepterRdv":
                return Book(demand, date, plage);

            case "DemanderPrecSuiv":
                var step = request.Child("Sens")?.Value.Trim() == "P" ? -1 : 1;
                return List(demand, demand.ListFrom, demand.Page + step);

            case "AbandonnerRdv":
                var kept = demand.State.DateDemandee ?? IsoDate.Text(_clock.NextWorkingDay);
                return AtDateDemandee(demand, MhsReturnCodes.RdvDateDemandee, kept);

            default:
                return Answer.Refused(MhsReturnCodes.DemandeAbandonnee);
        }
    }

    /// <summary>DmdOkDP when the slot could be booked, else ListeDP from that date.</summary>
    private Answer Book(Demand demand, string date, string? plage)
    {
        var slot = _calendar.Find(date, plage, _clock.Today);
        return slot is not null && _calendar.TryBook(slot, _clock.Today)
            ? Of(demand, MhsReturnCodes.DmdOkDP, MhsReturnCodes.RdvProgramme) with { Programmee = slot }
            : List(demand, ParseOr(date, _clock.Today), page: 0);
    }

    /// <summary>DatePlageH when the date and slot asked for are free, else ListeDP from that date.</summary>
    private Answer Propose(Demand demand, string date, string? plage)
    {
        var slot = _calendar.Find(date, plage, _clock.Today);
        return slot is not null && _calendar.IsFree(slot, _clock.Today)
            ? Of(demand, MhsReturnCodes.DatePlageH, MhsReturnCodes.DatePlageDisponible) with { Programmee = slot }
            : List(demand, ParseOr(date, _clock.Today), page: 0);
    }

    /// <summary>One page of the free slots from a date; the Date Demandée when there is none at all.</summary>
    private Answer List(Demand demand, DateOnly from, int page)
    {
        var free = _calendar.FreeFrom(from, _clock.Today);
        if (free.Count == 0)
        {
            var dateDemandee = demand.State.DateDemandee ?? IsoDate.Text(from);
            return AtDateDemandee(
                demand, MhsReturnCodes.RdvDateDemandeeAvecCode, dateDemandee, SimulatedCodes.NoFreeSlot);
        }

        var size = _calendar.PageSize;
        demand.ListFrom = from;
        demand.Page = Math.Clamp(page, 0, (free.Count - 1) / size);
        return Of(demand, MhsReturnCodes.ListeDP, MhsReturnCodes.DatePlageIndisponible)
            with { Slots = [.. free.Skip(demand.Page * size).Take(size)] };
    }

    private static Answer AtDateDemandee(Demand demand, ReturnLabel label, string date, string? code = null) =>
        Of(demand, MhsReturnCodes.DmdOkDD, label, code) with { DateDemandee = date };

    private static Answer Of(Demand demand, ReturnCode code, ReturnLabel label, string? suffix = null) =>
        Answer.Of(code, label, suffix)
            with { NumeroDemande = demand.NumeroDemande, PresenceClient = demand.PresenceClient };

    private static string? NonEmpty(MessageElement? element) =>
        string.IsNullOrWhiteSpace(element?.Value) ? null : element.Value.Trim();

    private static DateOnly ParseOr(string date, DateOnly fallback) =>
        IsoDate.TryParse(date, out var day) ? day : fallback;
}
