namespace Omega.Conformance.Rules;

/// <summary>
/// Something a rule computed for the reader rather than judged: what OMEGA will make of a message,
/// such as the text printed on the Bon d'Intervention.
/// </summary>
/// <param name="Key">What the text is, as the specification names it: <c>ObservationDisco</c>.</param>
/// <param name="Text">The computed text, exactly.</param>
public sealed record Note(string Key, string Text);
