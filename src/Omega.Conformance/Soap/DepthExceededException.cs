namespace Omega.Conformance.Soap;

/// <summary>Unwinds the parser when a document nests deeper than allowed; it never leaves the parser.</summary>
internal sealed class DepthExceededException : Exception
{
}
