using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Omega.Proxy.Cli.Proxy;

/// <summary>
/// Checks a configuration section against the settings type it binds to, before binding: a key the
/// type does not have is refused rather than ignored, and a value that does not convert is named
/// with the form it should take, where the binder would throw.
/// </summary>
internal static class SettingsCheck
{
    private const int Suggestions = 3;

    /// <summary>The first problem of the section, in one line, or null when it binds as written.</summary>
    public static string? FirstProblem(IConfigurationSection section, Type settings)
    {
        var properties = settings.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true })
            .ToDictionary(property => property.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var child in section.GetChildren())
        {
            if (!properties.TryGetValue(child.Key, out var property))
            {
                return $"unknown setting {child.Path} (known keys near it: "
                    + $"{string.Join(", ", Nearest(child.Key, properties.Keys))})";
            }

            if (ProblemOf(child, property.PropertyType) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? ProblemOf(IConfigurationSection setting, Type type)
    {
        if (ElementOf(type) is { } element)
        {
            return setting.GetChildren().Select(item => ProblemOf(item, element)).FirstOrDefault(p => p is not null);
        }

        if (type.IsClass && type != typeof(string))
        {
            return FirstProblem(setting, type);
        }

        if (setting.GetChildren().Any())
        {
            return $"setting {setting.Path} takes one value, not the keys under it";
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (string.IsNullOrEmpty(setting.Value) || target == typeof(string))
        {
            return null;
        }

        try
        {
            TypeDescriptor.GetConverter(target).ConvertFromInvariantString(setting.Value);
            return null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException
                                      or OverflowException)
        {
            return $"setting {setting.Path}: '{setting.Value}' is not {FormOf(target)}";
        }
    }

    private static Type? ElementOf(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type)
            ? null
            : type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();

    private static string FormOf(Type type) =>
        type.IsEnum ? $"one of {string.Join(", ", Enum.GetNames(type))}"
        : type == typeof(TimeSpan) ? "a duration such as 00:00:30 (hh:mm:ss)"
        : type == typeof(bool) ? "true or false"
        : type == typeof(int) || type == typeof(long) ? "a whole number"
        : $"a {type.Name}";

    /// <summary>The keys closest to a misspelt one: those it begins or that begin it, then by edit distance.</summary>
    private static IEnumerable<string> Nearest(string key, IEnumerable<string> known) =>
        known.OrderBy(candidate => Distance(key, candidate))
            .ThenBy(candidate => candidate, StringComparer.Ordinal)
            .Take(Suggestions);

    private static int Distance(string key, string candidate)
    {
        var a = key.ToLower(CultureInfo.InvariantCulture);
        var b = candidate.ToLower(CultureInfo.InvariantCulture);
        return b.StartsWith(a, StringComparison.Ordinal) || a.StartsWith(b, StringComparison.Ordinal)
            ? 0
            : Quickenshtein.Levenshtein.GetDistance(a, b);
    }
}
