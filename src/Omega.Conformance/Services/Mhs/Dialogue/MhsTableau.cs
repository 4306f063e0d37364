using Omega.Conformance.Dialogue;

namespace Omega.Conformance.Services.Mhs.Dialogue;

/// <summary>
/// The tableau d'états of section 2.1, events 1 to 11, one row per event and resulting status. Two
/// rows come from the text beside it rather than the tableau, and say so.
/// </summary>
public static class MhsTableau
{
    public const int VerifierRequete = 1;
    public const int VerifierAttente = 2;
    public const int VerifierReponse = 3;
    public const int CreerRequete = 4;
    public const int CreerAttente = 5;
    public const int CreerRefus = 6;
    public const int CreerReponse = 7;
    public const int RdvRequete = 8;
    public const int RdvAttente = 9;
    public const int RdvFin = 10;
    public const int RdvReponse = 11;

    private const string Etape1 = "Etape 1";
    private const string Etape2 = "Etape 2";
    private const string Etape3 = "Etape 3";
    private const int Fin = TableEvent.Fin;

    public static TransitionTable Table { get; } = new(
        [
            new(VerifierRequete, Etape1, EventSide.Request, MhsDemandStatus.AucuneDemande, [VerifierAttente]),
            new(
                VerifierAttente, Etape1, EventSide.Wait, MhsDemandStatus.AucuneDemande,
                [VerifierReponse, VerifierRequete, Fin]),
            new(VerifierReponse, Etape1, EventSide.Response, MhsDemandStatus.AucuneDemande, [CreerRequete]),
            new(VerifierReponse, Etape1, EventSide.Response, MhsDemandStatus.NonValidee, [Fin]),
            new(VerifierReponse, Etape1, EventSide.Response, MhsDemandStatus.PceInconnu, [Fin]),
            new(CreerRequete, Etape2, EventSide.Request, MhsDemandStatus.AucuneDemande, [CreerAttente]),
            new(CreerAttente, Etape2, EventSide.Wait, MhsDemandStatus.Inconnu, [CreerRefus, CreerReponse, Fin]),
            new(CreerRefus, Etape2, EventSide.Response, MhsDemandStatus.AucuneDemande, [CreerRequete, Fin]),
            new(CreerReponse, Etape2, EventSide.Response, MhsDemandStatus.EnAttenteDeRdv, [RdvRequete, Fin]),
            new(CreerReponse, Etape2, EventSide.Response, MhsDemandStatus.EnCoursDeRealisation, [Fin]),
            new(CreerReponse, Etape2, EventSide.Response, MhsDemandStatus.RdvProgramme, [Fin], "Annexe A: DmdOkDP"),
            new(RdvRequete, Etape3, EventSide.Request, MhsDemandStatus.EnAttenteDeRdv, [RdvAttente]),
            new(RdvAttente, Etape3, EventSide.Wait, MhsDemandStatus.EnAttenteDeRdv, [RdvFin, RdvReponse, Fin]),
            new(RdvFin, Etape3, EventSide.Response, MhsDemandStatus.EnAttenteDeRdv, [Fin]),
            new(RdvFin, Etape3, EventSide.Response, MhsDemandStatus.Abandonnee, [Fin], "2.1.3: AbandonnerDemande"),
            new(RdvReponse, Etape3, EventSide.Response, MhsDemandStatus.EnAttenteDeRdv, [RdvRequete]),
            new(RdvReponse, Etape3, EventSide.Response, MhsDemandStatus.RdvProgramme, [Fin]),
        ],
        starts: [VerifierRequete, CreerRequete]);

    /// <summary>The request event an operation opens with: 1, 4, or 8; null for an operation not of MHS.</summary>
    public static int? RequestEventOf(string operation) =>
        operation == MhsOperations.VerifierRecevabiliteMHS.Name ? VerifierRequete
        : operation == MhsOperations.CreerDemandeMHS.Name ? CreerRequete
        : MhsOperations.All.Any(o => o.Name == operation) ? RdvRequete
        : null;
}
