using System.Collections.Concurrent;
using System.Net;

namespace Guildhall.Sandbox.Tests.TopGg;

/// <summary>
/// An in-memory webhook receiver for the sandbox's outbound calls: answers each request with the next scripted
/// response (the last one repeats) and keeps what it received.
/// </summary>
internal sealed class RecordingReceiver : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _last =
        (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>Signalled whenever a request arrives (before it is answered).</summary>
    public SemaphoreSlim Arrived { get; } = new(0);

    public RecordingReceiver Then(HttpStatusCode status, string body = "") =>
        Then((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body) }));

    public RecordingReceiver Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        _script.Enqueue(answer);
        _last = answer;
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Received.Enqueue(new ReceivedWebhook(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.MediaType,
            body));
        Arrived.Release();
        var answer = _script.TryDequeue(out var next) ? next : _last;
        return await answer(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Arrived.Dispose();
        }

        base.Dispose(disposing);
    }
}

internal sealed record ReceivedWebhook(
    HttpMethod Method, Uri Url, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body);
