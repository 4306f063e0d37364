namespace Omega.Conformance.Dialogue;

/// <summary>The "Côté fournisseur" column of the tableau d'états: a request, a wait, or a response.</summary>
public enum EventSide
{
    Request,
    Wait,
    Response,
}
