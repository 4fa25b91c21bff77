using System.Net;
using System.Threading.Channels;

namespace Guildhall.Sandbox.Tests.Polympics;

/// <summary>Stands in for the receivers of the sandbox's callbacks: records each request and answers 200 (or throws).</summary>
public sealed class PolympicsCapturingHandler : HttpMessageHandler
{
    private readonly Channel<(HttpRequestMessage Request, string Body)> _received = Channel.CreateUnbounded<(HttpRequestMessage, string)>();

    /// <summary>When set, every request fails as a refused connection would.</summary>
    public bool Refuse { get; set; }

    public async Task<(HttpRequestMessage Request, string Body)> NextAsync() =>
        await _received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public int Count => _received.Reader.Count;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        await _received.Writer.WriteAsync((request, body), cancellationToken);
        if (Refuse)
        {
            throw new HttpRequestException("Connection refused");
        }

        return new HttpResponseMessage(HttpStatusCode.OK);
    }
}
