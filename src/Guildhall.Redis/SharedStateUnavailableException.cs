namespace Guildhall.Redis;

/// <summary>
/// Redis, where the bot's processes share their state, could not be reached in time and the policy is
/// <see cref="RedisOutagePolicy.FailClosed"/>: the call was not made. Try again later; the connection recovers by itself.
/// </summary>
public sealed class SharedStateUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="part">The shared part that was unavailable, for example <c>rate_limits</c>.</param>
    /// <param name="waited">How long the call kept trying.</param>
    /// <param name="innerException">The last Redis failure.</param>
    public SharedStateUnavailableException(string part, TimeSpan waited, Exception innerException)
        : base($"Redis could not be reached for the shared {part} within {waited.TotalMilliseconds:0} ms; the call was not made (policy: fail closed).", innerException)
    {
        Part = part;
    }

    /// <summary>The shared part that was unavailable.</summary>
    public string Part { get; }
}
