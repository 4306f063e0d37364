using Omega.Conformance.Recording;

namespace Omega.Proxy.Cli.Sessions;

/// <summary>How <c>omega sessions</c> shows the dialogues it lists.</summary>
internal interface ISessionsReport
{
    void Write(IReadOnlyList<DialogueListing> listings);
}
