namespace Guildhall.Tatsu.Tests;

/// <summary>Cancels a token the moment the <paramref name="requestNumber"/>-th request is about to be sent, then sends it.</summary>
internal sealed class CancelOnRequestHandler(HttpMessageHandler inner, CancellationTokenSource cancellation, int requestNumber) : DelegatingHandler(inner)
{
    private int _seen;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _seen) == requestNumber)
        {
            cancellation.Cancel();
        }

        return base.SendAsync(request, cancellationToken);
    }
}
