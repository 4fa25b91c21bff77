using System.Collections.Concurrent;
using System.Net.Http.Headers;

namespace Guildhall.Conventions.Tests.Family;

/// <summary>
/// A bot's own per-request hook, as the README shows it: it sees every attempt a client sends (method, path, answer)
/// and marks each one, so the server's log proves the request went through it.
/// </summary>
internal sealed class RequestHook(string product) : DelegatingHandler
{
    public ConcurrentQueue<(string Method, string Path, int Status)> Seen { get; } = new();

    public string Product => product;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue(product, "1.0"));
        var response = await base.SendAsync(request, cancellationToken);
        Seen.Enqueue((request.Method.Method, request.RequestUri!.AbsolutePath, (int)response.StatusCode));
        return response;
    }
}
