namespace Guildhall.Sandbox.Faults;

/// <summary>How an injected fault spoils a response.</summary>
internal enum SandboxFaultKind
{
    /// <summary>Answers with the fault's status, body and content type instead of the real response.</summary>
    Status,

    /// <summary>
    /// Answers with the status and an HTML error page (the fault's body, or a CDN-style page when it has none), as a CDN
    /// or proxy in front of an API does.
    /// </summary>
    Html,

    /// <summary>Serves the real response with only the first half of its body: a connection cut mid-body.</summary>
    Truncated,

    /// <summary>Serves the request normally, but a 200 goes out as a 204 with no body: the change is applied, the answer lost.</summary>
    NoContent,

    /// <summary>Holds the request for the fault's delay, then serves it normally: a slow API.</summary>
    Delay,

    /// <summary>Drops the connection without an answer: a network failure.</summary>
    Abort,

    /// <summary>Serves the real response, its body in small pieces spread over the fault's delay: a slow trickle.</summary>
    Trickle,

    /// <summary>Serves the real response under a content type it is not (an HTML type on JSON), as a misconfigured proxy does.</summary>
    WrongContentType,
}
