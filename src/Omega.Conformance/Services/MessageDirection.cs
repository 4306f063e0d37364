namespace Omega.Conformance.Services;

/// <summary>Whether a message goes from the supplier to OMEGA, or back.</summary>
public enum MessageDirection
{
    Request,
    Response,
}
