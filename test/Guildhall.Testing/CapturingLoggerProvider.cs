using System.Collections.Concurrent;
using Guildhall.Testing.SecretAudit;
using Microsoft.Extensions.Logging;

namespace Guildhall.Testing;

/// <summary>A logger provider that keeps every line written at any level, with its category and exception, for assertions.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogLine> _lines = new();

    /// <summary>Every line written so far, in order.</summary>
    public IReadOnlyList<CapturedLogLine> Lines => [.. _lines];

    /// <summary>A factory that writes only here, at every level.</summary>
    public ILoggerFactory CreateFactory() =>
        LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new CapturedLogLine(category, logLevel, formatter(state, exception), exception?.ToString());
            SecretAuditChannels.Observe($"log line of {category}", line.ToString());
            lines.Enqueue(line);
        }
    }
}

/// <summary>One captured log line.</summary>
/// <param name="Category">The logger's category, for example <c>Guildhall.osu</c>.</param>
/// <param name="Level">The level.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The attached exception as <see cref="object.ToString"/> prints it, or <see langword="null"/>.</param>
public sealed record CapturedLogLine(string Category, LogLevel Level, string Message, string? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : Environment.NewLine + Exception)}";
}
