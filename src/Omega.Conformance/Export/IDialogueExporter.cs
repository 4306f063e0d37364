using Omega.Conformance.Recording;

namespace Omega.Conformance.Export;

/// <summary>
/// Writes one recorded dialogue in a format other tools read. Each format is one implementation,
/// and <c>omega export</c> gives each its own flag.
/// </summary>
public interface IDialogueExporter
{
    /// <summary>The format's name, as messages cite it: "HAR 1.2".</summary>
    string Format { get; }

    /// <exception cref="IOException">The output cannot be written.</exception>
    void Write(RecordedDialogue dialogue, Stream output);
}
