using System.Net.Http.Headers;
using Guildhall.Core.Credentials;

namespace Guildhall.Polympics.Http;

/// <summary>
/// Sends the client's Basic credentials and switches them atomically when the token is reset. While a reset is on its
/// way, other calls wait before they take the credentials, so none is sent with a token the reset is about to retire,
/// and every call after the switch carries the new token.
/// </summary>
internal sealed class PolympicsCredentialProvider : ICredentialProvider, IDisposable
{
    // Marks the reset request itself, which must go out with the old token while everyone else waits.
    private static readonly AsyncLocal<bool> SendingReset = new();

    private readonly SemaphoreSlim _resetLock = new(1, 1);
    private volatile PolympicsCredentials _current;
    private volatile TaskCompletionSource? _resetInProgress;
    private volatile bool _lost;

    public PolympicsCredentialProvider(PolympicsCredentials credentials) => _current = credentials;

    /// <summary>The credentials in use now.</summary>
    public PolympicsCredentials Current => _current;

    public async ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SendingReset.Value)
        {
            while (_resetInProgress is { } reset)
            {
                await reset.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        if (_lost)
        {
            throw new PolympicsSessionLostException();
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", _current.BasicParameter);
    }

    /// <summary>
    /// Runs a token reset: holds other calls back, sends the reset with the current token, then switches to what
    /// <paramref name="next"/> extracts from the answer, or marks the credentials lost when it extracts nothing.
    /// Resets are serialized. A reset that fails leaves the credentials as they were.
    /// </summary>
    public async Task<T> ResetAsync<T>(Func<CancellationToken, Task<T>> send, Func<T, PolympicsCredentials?> next, CancellationToken cancellationToken)
    {
        await _resetLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _resetInProgress = gate;
        try
        {
            SendingReset.Value = true;
            var answer = await send(cancellationToken).ConfigureAwait(false);
            if (next(answer) is { } renewed)
            {
                _current = renewed;
            }
            else
            {
                _lost = true;
            }

            return answer;
        }
        finally
        {
            SendingReset.Value = false;
            _resetInProgress = null;
            gate.SetResult();
            _resetLock.Release();
        }
    }

    public void Dispose() => _resetLock.Dispose();

    /// <summary>The username only.</summary>
    public override string ToString() => $"Polympics Basic credentials for {_current.Username} (token redacted)";
}
