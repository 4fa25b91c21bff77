namespace Guildhall.Osu.Authentication;

/// <summary>
/// The browser came back from <c>/oauth/authorize</c> without a usable code: the user denied access, the <c>state</c>
/// does not match the one sent (a forged or stale callback), or the code is missing.
/// </summary>
public sealed class OsuAuthorizationException : Exception
{
    /// <summary>Creates an exception.</summary>
    /// <param name="error">The OAuth error (<c>access_denied</c>), or <c>state_mismatch</c>, or <c>missing_code</c>.</param>
    /// <param name="message">What went wrong.</param>
    public OsuAuthorizationException(string error, string message)
        : base(message)
    {
        Error = error;
    }

    /// <summary>The OAuth error (<c>access_denied</c>...), or <c>state_mismatch</c>, or <c>missing_code</c>.</summary>
    public string Error { get; }
}
