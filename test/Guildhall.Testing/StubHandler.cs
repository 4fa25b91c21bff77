using System.Net;
using System.Text;

namespace Guildhall.Testing;

/// <summary>An HTTP handler that answers from a script and records every request it saw.</summary>
public sealed class StubHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? _fallback;

    public StubHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? fallback = null) => _fallback = fallback;

    public List<RecordedRequest> Requests { get; } = [];

    public StubHandler Then(HttpStatusCode status, string? body = null, string mediaType = "application/json", Action<HttpResponseMessage>? configure = null)
    {
        _script.Enqueue((_, _) =>
        {
            var response = Response(status, body, mediaType);
            configure?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public StubHandler Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public StubHandler ThenThrow(Exception exception) => Then((_, _) => Task.FromException<HttpResponseMessage>(exception));

    public static HttpResponseMessage Response(HttpStatusCode status, string? body = null, string mediaType = "application/json")
    {
        var response = new HttpResponseMessage(status);
        if (body is not null)
        {
            response.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, body, request.Headers.TryGetValues("Authorization", out var auth) ? auth.Single() : null));
        }

        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? next;
        lock (_script)
        {
            next = _script.Count > 0 ? _script.Dequeue() : _fallback;
        }

        return next is null
            ? throw new InvalidOperationException($"No scripted answer left for {request.Method} {request.RequestUri}.")
            : await next(request, cancellationToken);
    }
}

public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, string? Authorization);
