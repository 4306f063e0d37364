using System.Globalization;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Soap;
using Omega.Simulator.Data;

namespace Omega.Simulator.Engine;

/// <summary>
/// The checks OMEGA makes before anything else: open hours, maintenance, login, the supplier's CAD,
/// and for the check and the creation the PCE itself. Each refusal is a DmdKo label of Annexe A.
/// </summary>
internal sealed class Admission
{
    private readonly SimulatorData _data;
    private readonly SimulatorClock _clock;

    public Admission(SimulatorData data, SimulatorClock clock)
    {
        _data = data;
        _clock = clock;
    }

    /// <summary>The refusal of a call by any operation, or null when OMEGA hears it.</summary>
    public Answer? RefuseCall(MessageElement request)
    {
        var now = _clock.Now;
        if (_data.Service.Maintenance.Any(window => window.Covers(now)))
        {
            return Answer.Refused(MhsReturnCodes.ServiceEnMaintenance);
        }

        if (!_clock.IsOpen(_data.Service))
        {
            return Answer.Refused(MhsReturnCodes.ServiceFerme);
        }

        if (string.IsNullOrWhiteSpace(request.Find("Utilisateur/Login")?.Value))
        {
            return Answer.Refused(MhsReturnCodes.LoginManquant);
        }

        var supplier = _data.FindSupplier(Cad(request));
        if (supplier is null)
        {
            return Answer.Refused(MhsReturnCodes.HabilitationIncorrecte);
        }

        return supplier.IsActive ? null : Answer.Refused(MhsReturnCodes.EtatCadInvalide);
    }

    /// <summary>
    /// The checks on the PCE a check or a creation names: it exists, is the caller's, is where it is said.
    /// </summary>
    public static Answer? RefusePce(MessageElement request, PceRecord? pce)
    {
        if (pce is null)
        {
            return Answer.Refused(MhsReturnCodes.PceInconnu, SimulatedCodes.UnknownPce);
        }

        if (pce.Cad != Cad(request))
        {
            return Answer.Refused(MhsReturnCodes.HabilitationIncorrecte);
        }

        var codePostal = (request.Child("CodePostal") ?? request.Find("Demande/CodePostal"))?.Value.Trim();
        if (!string.IsNullOrEmpty(codePostal) && !codePostal.StartsWith(pce.Department, StringComparison.Ordinal))
        {
            return Answer.Refused(MhsReturnCodes.CodePostalHorsDepartement);
        }

        return pce.Status switch
        {
            PceStatus.OutOfService => Answer.Refused(MhsReturnCodes.DemandeNonRecevable, SimulatedCodes.OutOfService),
            PceStatus.DemandInProgress =>
                Answer.Refused(MhsReturnCodes.DemandeNonRecevable, SimulatedCodes.DemandInProgress),
            _ => null,
        };
    }

    public static string Cad(MessageElement request) => request.Child("NumeroCAD")?.Value.Trim() ?? string.Empty;

    /// <summary>The NumeroPCE of a check or a creation.</summary>
    public static string? NumeroPce(MessageElement request) =>
        (request.Child("NumeroPCE") ?? request.Find("Demande/NumeroPCE"))?.Value.Trim();

    /// <summary>The number in "V10", or 0.</summary>
    public static int Version(MessageElement request) =>
        int.TryParse(
            request.Child("NumeroVersion")?.Value.Trim().TrimStart('V'),
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var v)
            ? v
            : 0;
}
