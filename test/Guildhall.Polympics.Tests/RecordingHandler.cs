using System.Collections.Concurrent;

namespace Guildhall.Polympics.Tests;

/// <summary>Sits in front of the sandbox and records what each request carried, so tests can count calls and check credentials.</summary>
public sealed class RecordingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public ConcurrentQueue<(HttpMethod Method, string Path, string? Authorization)> Requests { get; } = new();

    /// <summary>Runs before each request is forwarded; tests use it to hold a request back.</summary>
    public Func<HttpRequestMessage, Task>? BeforeSend { get; set; }

    public int Count(string pathFragment) => Requests.Count(r => r.Path.Contains(pathFragment, StringComparison.Ordinal));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue((request.Method, request.RequestUri!.PathAndQuery, request.Headers.Authorization?.ToString()));
        if (BeforeSend is { } before)
        {
            await before(request);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
