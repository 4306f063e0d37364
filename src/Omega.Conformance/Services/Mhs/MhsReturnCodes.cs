namespace Omega.Conformance.Services.Mhs;

/// <summary>
/// Annexe A of the specification, "Les Codes retour", as data: the one place to change when the
/// official guide says otherwise. Our copy of the annex lost its row alignment; it is read as:
/// DatePlageH, the requested date and slot are free (confirm); ListeDP, they are not (choose in the
/// list); "Demande recevable." is the positive label of the check, under "Message".
/// </summary>
public static class MhsReturnCodes
{
    public static readonly ReturnLabel RdvProgramme = new("Le rendez-vous a été programmé avec succès.");

    public static readonly ReturnLabel RdvDateDemandee = new(
        "Le rendez-vous a été enregistré à la date demandée, "
        + "un technicien rappellera le client pour confirmer le rendez-vous.");

    public static readonly ReturnLabel RdvDateDemandeeAvecCode = new(
        "Le rendez-vous a été enregistré à la date demandée, "
        + "un technicien rappellera le client pour confirmer le rendez-vous : ",
        FollowedByCode: true);

    public static readonly ReturnLabel DemandeSansIntervention = new(
        "La demande sans intervention a été enregistrée correctement dans OMEGA.");

    public static readonly ReturnLabel PceCoupe = new(
        "Le PCE est coupé, le distributeur va déterminer si un déplacement est nécessaire. ");

    public static readonly ReturnLabel DemandeRecevable = new("Demande recevable.");

    public static readonly ReturnLabel MessageAPoursuivre = new(
        "Le rendez-vous a été enregistré à la date demandée, "
        + "pour poursuivre analyser le message lié au code suivant : ",
        FollowedByCode: true);

    public static readonly ReturnLabel DatePlageDisponible = new(
        "La date et la plage horaire demandées sont disponibles. Confirmez le rendez-vous.");

    public static readonly ReturnLabel DatePlageIndisponible = new(
        "La date et la plage horaire demandées ne sont pas disponibles. "
        + "Choisissez une nouvelle date et ou plage horaire dans la liste.");

    public static readonly ReturnLabel HabilitationIncorrecte = new("Habilitation incorrecte.");

    public static readonly ReturnLabel ServiceFerme = new(
        "Ce service est actuellement indisponible. "
        + "Veuillez renouveler votre demande pendant les heures d'ouverture du système OMEGA.");

    public static readonly ReturnLabel ServiceEnMaintenance = new(
        "Ce service est actuellement indisponible suite à une opération de maintenance. "
        + "Veuillez renouveler votre demande ultérieurement.");

    public static readonly ReturnLabel CodePostalHorsDepartement = new(
        "La commune du PCE n'est pas dans le même département que le code postal saisi : "
        + "merci de corriger le PCE et/ou le code postal.");

    public static readonly ReturnLabel EtatCadInvalide = new("Etat du CAD invalide.");

    public static readonly ReturnLabel LoginManquant = new("Le login doit être renseigné.");

    public static readonly ReturnLabel DemandeAbandonnee = new("Demande abandonnée.");

    public static readonly ReturnLabel PceInconnu = new("Numéro de PCE incorrect ou inconnu", FollowedByCode: true);

    public static readonly ReturnLabel DialogueInterrompu = new(
        "Dialogue interrompu suite à un problème technique, "
        + "vérifiez l'état de la demande sur le portail ou les publications OMEGA.",
        FollowedByCode: true);

    public static readonly ReturnLabel DemandeNonRecevable = new("Demande non recevable : ", FollowedByCode: true);

    /// <summary>Sent once per incorrect field: "Donnée incorrecte : " + codeChamp + " / " + codeCohérence.</summary>
    public static readonly ReturnLabel DonneeIncorrecte = new("Donnée incorrecte : ", FollowedByCode: true);

    public static readonly ReturnLabel TelephoneIncorrect = new(
        "Champ numéro de téléphone incorrect : caractères numériques uniquement.");

    public static readonly ReturnCode DmdOkDP = new(
        "DmdOkDP", "T", "Une Date Programmée est enregistrée dans OMEGA.", [RdvProgramme]);

    public static readonly ReturnCode DmdOkDD = new(
        "DmdOkDD",
        "T",
        "Une Date Demandée est enregistrée dans OMEGA.",
        [RdvDateDemandee, RdvDateDemandeeAvecCode, DemandeSansIntervention, PceCoupe]);

    public static readonly ReturnCode Message = new(
        "Message", "P", "Prise de rendez-vous pour les PCE 6M.", [DemandeRecevable, MessageAPoursuivre]);

    public static readonly ReturnCode DatePlageH = new(
        "DatePlageH", "P", "Prise de rendez-vous pour les PCE 6M.", [DatePlageDisponible]);

    public static readonly ReturnCode ListeDP = new(
        "ListeDP", "P", "Prise de rendez-vous pour les PCE 6M.", [DatePlageIndisponible]);

    public static readonly ReturnCode DmdKo = new(
        "DmdKo",
        "A",
        "Aucune date n'est enregistrée dans OMEGA.",
        [
            HabilitationIncorrecte, ServiceFerme, ServiceEnMaintenance, CodePostalHorsDepartement,
            EtatCadInvalide, LoginManquant, DemandeAbandonnee, PceInconnu, DialogueInterrompu,
            DemandeNonRecevable, DonneeIncorrecte, TelephoneIncorrect,
        ]);

    public static IReadOnlyList<ReturnCode> All { get; } = [DmdOkDP, DmdOkDD, Message, DatePlageH, ListeDP, DmdKo];

    /// <summary>The code of that name, or null when Annexe A has none.</summary>
    public static ReturnCode? Find(string code)
    {
        foreach (var known in All)
        {
            if (known.Code == code)
            {
                return known;
            }
        }

        return null;
    }
}
