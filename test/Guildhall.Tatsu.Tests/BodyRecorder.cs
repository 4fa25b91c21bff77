namespace Guildhall.Tatsu.Tests;

/// <summary>Keeps the text of every response body the client receives, in order, and hands each body on unchanged.</summary>
internal sealed class BodyRecorder(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly List<string> _bodies = [];

    public IReadOnlyList<string> Bodies
    {
        get
        {
            lock (_bodies)
            {
                return [.. _bodies];
            }
        }
    }

    /// <summary>The body of the last response.</summary>
    public string Last => Bodies[^1];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        lock (_bodies)
        {
            _bodies.Add(body);
        }

        return response;
    }
}
