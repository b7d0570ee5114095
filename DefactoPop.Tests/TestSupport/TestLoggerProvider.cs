using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DefactoPop.Tests.TestSupport;

/// <summary>One captured log entry with the scope values in force when it was written.</summary>
public sealed record TestLogEntry(string Category, LogLevel Level, string Message, Exception? Exception, IReadOnlyDictionary<string, object?> Scopes);

/// <summary>Captures every log entry of a host, with its scopes (as the JSON console formatter writes them).</summary>
public sealed class TestLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<TestLogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(TestLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new Dictionary<string, object?>(StringComparer.Ordinal);
            provider._scopes.ForEachScope((scope, values) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (key, value) in pairs)
                        values[key] = value;
                }
            }, scopes);
            provider.Entries.Enqueue(new TestLogEntry(category, logLevel, formatter(state, exception), exception, scopes));
        }
    }
}
