using Omega.Conformance.Dialogue;
using Omega.Simulator.Data;

namespace Omega.Simulator.Engine;

/// <summary>
/// One demand the simulated OMEGA created, and where its dialogue stands. Calls on the same demand
/// take <see cref="Gate"/> in turn; different demands never wait for each other.
/// </summary>
internal sealed class Demand
{
    public Demand(string numeroDemande, PceRecord pce, string cad, string presenceClient, DialogueState state)
    {
        NumeroDemande = numeroDemande;
        Pce = pce;
        Cad = cad;
        PresenceClient = presenceClient;
        State = state;
    }

    public string NumeroDemande { get; }

    public PceRecord Pce { get; }

    /// <summary>The supplier that created it: the only one heard on it.</summary>
    public string Cad { get; }

    public string PresenceClient { get; }

    public Lock Gate { get; } = new();

    public DialogueState State { get; set; }

    /// <summary>The first day of the list of dates being paged.</summary>
    public DateOnly ListFrom { get; set; }

    /// <summary>The page of that list OMEGA sent last.</summary>
    public int Page { get; set; }
}
