namespace Omega.Hardening.Tests.Mutation;

/// <summary>At which level a mutation works: the raw bytes, the tokens of the XML text, or its tree.</summary>
internal enum MutationFamily
{
    Byte,
    Token,
    Structure,
}
