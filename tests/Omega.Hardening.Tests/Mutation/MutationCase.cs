namespace Omega.Hardening.Tests.Mutation;

/// <summary>One mutated envelope: which example it came from and what was done to it.</summary>
internal sealed record MutationCase(int Index, MutationFamily Family, string Example, string Mutations, byte[] Bytes)
{
    public override string ToString() => $"case {Index} ({Family}: {Mutations} on {Example})";
}
