using System.Net;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Simulator.Tests;

/// <summary>One answer of the simulator, with the fields the tests look at.</summary>
internal sealed record SoapReply(HttpStatusCode Status, string Body, ValidationResult Validation)
{
    public MessageElement Message => Validation.Message ?? throw new InvalidOperationException(
        "No message in:\n" + Body);

    public string TypeRetourDialogue => Message.Child("TypeRetourDialogue")!.Value;

    public string CodeRetour => Message.Find("Retour/CodeRetour")!.Value;

    public IReadOnlyList<string> Messages =>
        [.. Message.Child("Retour")!.ChildrenNamed("MessageRetour").Select(m => m.Value)];

    public MessageElement? Objet => Message.Child("ReponseCreerDemandeObjet") ?? Message.Child("ReponseRdvObjet");

    public string NumeroDemande => Objet?.Child("NumeroDemande")?.Value ?? throw new InvalidOperationException(
        "No NumeroDemande:\n" + Body);

    public IReadOnlyList<(string Date, string Plage)> Slots =>
        Objet is null
            ? []
            : [.. Objet.ChildrenNamed("ListeDatePlage").Select(s => (s.Child("Date")!.Value, s.Child("Plage")!.Value))];

    public string? DateDemandee => Objet?.Child("DateDemandee")?.Value;

    public (string Date, string Plage)? Programmee =>
        Objet?.Child("DateProgrammee") is { } p ? (p.Child("Date")!.Value, p.Child("PlageHoraire")!.Value) : null;

    public string? FaultString =>
        Validation.Message is { Name: "Fault" } fault ? fault.Child("faultstring")?.Value : null;
}
