namespace Omega.Conformance.Services.Mhs.Rules;

/// <summary>The values of OptionPrestation and PresenceClient, as the specification lists them.</summary>
internal static class MhsOptions
{
    public const string ReleveSpeciale = "1";
    public const string IndexAutoReleve = "2";
    public const string AbandonDuGaz = "7";
    public const string ClientParti = "8";

    /// <summary>The options a MHS at the client's initiative takes from V6.</summary>
    public static bool IsOffered(string option) => option is ReleveSpeciale or AbandonDuGaz or ClientParti;

    public static bool IsPresenceClient(string value) => value is "PO" or "PNO" or "IAS";
}
