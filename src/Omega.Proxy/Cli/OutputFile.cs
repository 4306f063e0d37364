namespace Omega.Proxy.Cli;

/// <summary>The file a command writes its result to, such as an export or a report.</summary>
internal static class OutputFile
{
    /// <summary>Writes the bytes, replacing the file.</summary>
    /// <returns>Null once written, or the one-line reason it could not be.</returns>
    public static string? TryWrite(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            File.WriteAllBytes(path, bytes);
            return null;
        }
        catch (Exception e)
            when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"cannot write '{path}': {e.Message}";
        }
    }
}
