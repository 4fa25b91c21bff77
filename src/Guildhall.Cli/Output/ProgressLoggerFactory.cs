using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Guildhall.Cli.Output;

/// <summary>
/// The log the command line gives its clients. It reads the structured fields of the pipeline's wait and retry events
/// (the operation and how long) and tells the person at the terminal, through <see cref="CommandProgress"/>, what the
/// command waits for and why; every other event is dropped, so a command's output stays its own.
/// </summary>
internal sealed class ProgressLoggerFactory(CommandProgress progress) : ILoggerFactory, ILogger
{
    /// <summary>Waits shorter than this pass unannounced: the spinner covers them.</summary>
    public static readonly TimeSpan NoticeThreshold = TimeSpan.FromSeconds(1);

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is not IReadOnlyList<KeyValuePair<string, object?>> fields)
        {
            return;
        }

        var operation = Field<string>(fields, "Operation") ?? "the call";
        var line = Field<TimeSpan?>(fields, "Delay") is { } delay
            ? DescribeDelay(operation, delay, fields)
            : Field<DateTimeOffset?>(fields, "Until") is { } until
                ? $"{operation}: the API answered 429 Too Many Requests; no more calls to it until {until.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC."
                : null;
        if (line is not null)
        {
            progress.Notice(line);
        }
    }

    private static string? DescribeDelay(string operation, TimeSpan delay, IReadOnlyList<KeyValuePair<string, object?>> fields)
    {
        if (delay < NoticeThreshold)
        {
            return null;
        }

        var why = Field<object>(fields, "StatusCode") is { } status
            ? $"the API answered {Commands.ApiFailure.Status((System.Net.HttpStatusCode)Convert.ToInt32(status, CultureInfo.InvariantCulture))}"
            : Field<string>(fields, "ErrorType") is { } error
                ? $"no answer ({Failure(error)})"
                : null;
        return why is null
            ? $"{operation}: waiting {Seconds(delay)} for a rate-limit slot (the API's limit is shared by every guildhall process; --timeout caps the wait)."
            : $"{operation}: {why}; retrying in {Seconds(delay)} (attempt {Field<object>(fields, "Attempt")}).";
    }

    /// <summary>What a failed attempt's exception (the pipeline logs its type's name) means, in words.</summary>
    private static string Failure(string exceptionType) => exceptionType switch
    {
        nameof(HttpRequestException) => "the connection failed",
        nameof(IOException) => "the connection broke",
        nameof(TaskCanceledException) or nameof(OperationCanceledException) or nameof(TimeoutException) => "the attempt took too long",
        _ => "the request failed",
    };

    private static string Seconds(TimeSpan delay) => delay.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

    private static T? Field<T>(IReadOnlyList<KeyValuePair<string, object?>> fields, string name)
    {
        foreach (var (key, value) in fields)
        {
            if (key == name && value is T typed)
            {
                return typed;
            }
        }

        return default;
    }
}
