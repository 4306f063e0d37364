namespace Omega.Conformance.Storage;

/// <summary>How far a copy of recordings has gone: dialogues copied of those selected, and their exchanges.</summary>
public readonly record struct RecordingCopyProgress(int Dialogues, int Of, int Exchanges);
