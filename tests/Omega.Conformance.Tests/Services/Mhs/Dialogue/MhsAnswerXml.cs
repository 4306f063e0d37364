using Omega.Conformance.Services.Mhs;
using Omega.Testing.Mhs;

namespace Omega.Conformance.Tests.Services.Mhs.Dialogue;

/// <summary>OMEGA's answers, written by hand for the dialogue tests.</summary>
internal static class MhsAnswerXml
{
    public const string Numero = "MHS000000001";

    public static string Recevable() =>
        Answer(
            "ReponseWSVerifierRecevabiliteMHS",
            "P",
            MhsReturnCodes.Message.Code,
            MhsReturnCodes.DemandeRecevable.Render());

    public static string CheckRefused(ReturnLabel label, string? code = null) =>
        Answer("ReponseWSVerifierRecevabiliteMHS", "A", MhsReturnCodes.DmdKo.Code, label.Render(code));

    /// <summary>
    /// An answer to CreerDemandeMHS; <paramref name="content"/> goes in its ReponseCreerDemandeObjet.
    /// </summary>
    public static string Creer(
        string type, ReturnCode code, ReturnLabel label, string content = "", string? numero = Numero) =>
        Answer(
            "ReponseWSCreerDemandeMHS",
            type,
            code.Code,
            label.Render("X1"),
            Object("ReponseCreerDemandeObjet", numero, content));

    /// <summary>An answer to an appointment or stop method.</summary>
    public static string Rdv(
        string operation,
        string type,
        ReturnCode code,
        ReturnLabel label,
        string content = "",
        string? numero = Numero) =>
        Answer(
            "ReponseWS" + operation, type, code.Code, label.Render("X1"), Object("ReponseRdvObjet", numero, content));

    public static string Slots(params string[] dates) =>
        string.Concat(dates.Select(date =>
            "<ListeDatePlage>" + MhsRequests.Leaf("Date", date) + MhsRequests.Leaf("Plage", "MATIN")
            + "</ListeDatePlage>"));

    public static string Programmee(string date) =>
        "<DateProgrammee>" + MhsRequests.Leaf("Date", date) + MhsRequests.Leaf("PlageHoraire", "MATIN")
        + "</DateProgrammee>";

    public static string Demandee(string date) => MhsRequests.Leaf("DateDemandee", date);

    private static string Object(string name, string? numero, string content) =>
        numero is null && content.Length == 0 ? string.Empty
            : $"<{name}>" + (numero is null ? string.Empty : MhsRequests.Leaf("NumeroDemande", numero))
              + content + $"</{name}>";

    private static string Answer(string root, string type, string code, string label, string content = "") =>
        MhsRequests.Envelope(
            root,
            MhsRequests.Leaf("TypeRetourDialogue", type)
            + "<Retour>" + MhsRequests.Leaf("CodeRetour", code) + MhsRequests.Leaf("MessageRetour", label) + "</Retour>"
            + content);
}
