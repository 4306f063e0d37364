using Omega.Conformance.Soap;

namespace Omega.Conformance.Rules;

/// <summary>Questions rules ask of a field: is it there, and does it hold something.</summary>
public static class Fields
{
    /// <summary>True when the element is absent, empty or blank.</summary>
    public static bool IsBlank(MessageElement? element) => element is null || string.IsNullOrWhiteSpace(element.Value);

    /// <summary>The child of that name when it holds a value other than blanks, else null.</summary>
    public static MessageElement? Filled(MessageElement? parent, string name) =>
        parent?.Child(name) is { } child && !IsBlank(child) ? child : null;
}
