namespace Omega.Conformance.Export.Features;

/// <summary>
/// The roles a PCE plays in the conformance suite (features/) and the words its Given step says them
/// in. A target profile maps each role to a real PCE; <c>omega export --feature</c> writes these words.
/// </summary>
public static class PceRoles
{
    public const string Accessible = "6M accessible";
    public const string PresenceRequired = "6M présence obligatoire";
    public const string HardToReach = "6M difficile d'accès";
    public const string Monthly = "MM";
    public const string NoFreeSlot = "no free slot";
    public const string Cut = "coupé";
    public const string WithoutIntervention = "sans intervention";
    public const string NotReceivable = "non recevable";
    public const string AnotherSupplier = "another supplier's";
    public const string AnotherDepartement = "another département";
    public const string Unknown = "unknown";
    public const string AnswersLost = "answers lost";
    public const string BooksAtOnce = "books at once";

    /// <summary>The sentence of the Given step for each role.</summary>
    public static IReadOnlyDictionary<string, string> Sentences { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Accessible] = "a 6M PCE held by our CAD",
        [PresenceRequired] = "a 6M PCE held by our CAD where the customer must be present",
        [HardToReach] = "a 6M PCE held by our CAD that is hard to reach",
        ["1M"] = "a 1M PCE held by our CAD",
        [Monthly] = "an MM PCE held by our CAD",
        ["JJ"] = "a JJ PCE held by our CAD",
        ["JM"] = "a JM PCE held by our CAD",
        [NoFreeSlot] = "a 6M PCE held by our CAD with no free slot",
        [Cut] = "a cut PCE held by our CAD",
        [WithoutIntervention] = "a PCE held by our CAD whose MHS needs no intervention",
        [NotReceivable] = "a PCE held by our CAD that is already out of service",
        ["demande en cours"] = "a PCE held by our CAD with a demand in progress",
        [AnotherSupplier] = "a PCE held by another supplier",
        [AnotherDepartement] = "a PCE held by our CAD in another département",
        [Unknown] = "an unknown PCE",
        [AnswersLost] = "a 6M PCE held by our CAD whose answers get lost",
        [BooksAtOnce] = "a 6M PCE held by our CAD that OMEGA books at once",
    };
}
