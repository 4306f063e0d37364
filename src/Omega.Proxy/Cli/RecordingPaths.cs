using System.CommandLine;
using Omega.Conformance.Recording;

namespace Omega.Proxy.Cli;

/// <summary>The recordings a command is given: dialogues' folders, or folders of them.</summary>
internal static class RecordingPaths
{
    public static Argument<string[]> Argument() => new("RECORDING")
    {
        Description = "recorded dialogues: a dialogue's folder, or a folder of them",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The dialogues the paths hold, or the one-line reason they cannot be read.</summary>
    public static (IReadOnlyList<RecordedDialogue> Dialogues, string? Error) Read(IReadOnlyList<string> paths)
    {
        try
        {
            var dialogues = FileRecordingReader.Read(paths);
            return dialogues.Count == 0
                ? ([], "no recorded dialogue in " + string.Join(", ", paths))
                : (dialogues, null);
        }
        catch (Exception e) when (e is RecordingException or IOException or UnauthorizedAccessException)
        {
            return ([], e.Message);
        }
    }
}
