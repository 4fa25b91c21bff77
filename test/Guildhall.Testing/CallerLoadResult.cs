using Guildhall.Core.Errors;

namespace Guildhall.Testing;

/// <summary>What a <see cref="CallerLoad"/> run came back with.</summary>
public sealed class CallerLoadResult
{
    private readonly List<Exception> _errors = [];
    private int _succeeded;
    private int _serverRateLimited;
    private int _refusedLocally;

    public int Succeeded => _succeeded;

    /// <summary>429s from the API: what the limiter exists to prevent.</summary>
    public int ServerRateLimited => _serverRateLimited;

    /// <summary>Calls the limiter refused because the wait was longer than the call might wait.</summary>
    public int RefusedLocally => _refusedLocally;

    public IReadOnlyList<Exception> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Fails unless every call succeeded: no 429, no local refusal, no other error.</summary>
    public void AssertAllSucceeded()
    {
        Assert.True(ServerRateLimited == 0, $"{ServerRateLimited} calls got a 429 from the API.");
        Assert.True(RefusedLocally == 0, $"{RefusedLocally} calls were refused by the limiter.");
        var errors = Errors;
        Assert.True(errors.Count == 0, $"{errors.Count} calls failed, the first with: {(errors.Count > 0 ? errors[0] : null)}");
        Assert.True(Succeeded > 0, "No call succeeded.");
    }

    internal void CountSuccess() => Interlocked.Increment(ref _succeeded);

    internal void CountRateLimited(ApiRateLimitedException exception) =>
        Interlocked.Increment(ref exception.IsClientSide ? ref _refusedLocally : ref _serverRateLimited);

    internal void CountError(Exception exception)
    {
        lock (_errors)
        {
            _errors.Add(exception);
        }
    }
}
