using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Omega.Proxy.Tests.Support;

/// <summary>
/// A logger provider that keeps every line in memory, at every level: the formatted message, each
/// structured value on its own (as a structured sink would export them), the exception, and the
/// state of every scope opened.
/// </summary>
internal sealed class InMemoryLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(' ', pairs.Select(pair => $"{pair.Key}={pair.Value}"))
                : string.Empty;
            var message = formatter(state, exception);
            lines.Enqueue($"{category}[{eventId.Id}] {logLevel}: {message} | {values} | {exception}");
        }
    }
}
