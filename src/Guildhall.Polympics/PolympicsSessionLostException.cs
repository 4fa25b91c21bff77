namespace Guildhall.Polympics;

/// <summary>
/// The client's user session can no longer be used: its token was reset and the server did not disclose the new one
/// (see <see cref="Models.PolympicsSessionReset"/>). Nothing is sent; sign in again to get a new session.
/// </summary>
public sealed class PolympicsSessionLostException : InvalidOperationException
{
    /// <summary>Creates the exception with the standard message.</summary>
    public PolympicsSessionLostException()
        : base("The session's token was reset and the server did not return the new one; create a new session (an app's CreateSessionAsync or Discord sign-in).")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public PolympicsSessionLostException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolympicsSessionLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
