using Omega.Conformance.Storage;

namespace Omega.Conformance.Tests.Storage;

public sealed class MemoryDialogueStoreTests : DialogueStoreContract
{
    protected override Task<IDialogueStore> StoreAsync() => Task.FromResult<IDialogueStore>(new MemoryDialogueStore());
}
