using System.Net;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// Answers every request with one recorded answer (status, headers, body), without a network: what is left of a call is
/// the client's own work. Each answer is a fresh message, as a real handler's is.
/// </summary>
/// <remarks>
/// Not the tests' <c>StubHandler</c>: that one reads and records every request it sees, in a list that would grow by
/// millions of entries here and add its own work to both sides of the comparison.
/// </remarks>
internal sealed class ReplayHandler : HttpMessageHandler
{
    private readonly HttpStatusCode _status;
    private readonly KeyValuePair<string, string>[] _headers;
    private readonly KeyValuePair<string, string>[] _contentHeaders;
    private readonly byte[] _body;

    private ReplayHandler(HttpStatusCode status, KeyValuePair<string, string>[] headers, KeyValuePair<string, string>[] contentHeaders, byte[] body)
    {
        _status = status;
        _headers = headers;
        _contentHeaders = contentHeaders;
        _body = body;
    }

    /// <summary>Records the answer <paramref name="client"/> gets for <paramref name="path"/>, to replay it.</summary>
    public static async Task<ReplayHandler> RecordAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        return new ReplayHandler(response.StatusCode, Flatten(response.Headers.NonValidated), Flatten(response.Content.Headers.NonValidated), body);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = new HttpResponseMessage(_status) { RequestMessage = request, Content = new ByteArrayContent(_body) };
        foreach (var (name, value) in _headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        foreach (var (name, value) in _contentHeaders)
        {
            response.Content.Headers.TryAddWithoutValidation(name, value);
        }

        return Task.FromResult(response);
    }

    private static KeyValuePair<string, string>[] Flatten(System.Net.Http.Headers.HttpHeadersNonValidated headers) =>
        [.. headers.Select(header => KeyValuePair.Create(header.Key, header.Value.ToString()))];
}
