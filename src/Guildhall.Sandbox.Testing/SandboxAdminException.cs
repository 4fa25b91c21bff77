using System.Net;

namespace Guildhall.Sandbox.Testing;

/// <summary>The sandbox refused an admin request (a seed, a fault, a delivery): the request was wrong, nothing changed.</summary>
public sealed class SandboxAdminException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SandboxAdminException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What the sandbox said.</param>
    public SandboxAdminException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What the sandbox said.</param>
    /// <param name="innerException">The cause.</param>
    public SandboxAdminException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an admin route's refusal.</summary>
    /// <param name="status">The status the admin route answered.</param>
    /// <param name="message">The route and what the sandbox said.</param>
    public SandboxAdminException(HttpStatusCode status, string message)
        : base(message)
    {
        Status = status;
    }

    /// <summary>The status the admin route answered.</summary>
    public HttpStatusCode Status { get; }
}
