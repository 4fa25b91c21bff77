namespace Guildhall.Sandbox.Faults;

/// <summary>How an injected fault spoils a response.</summary>
internal enum SandboxFaultKind
{
    /// <summary>Answers with the fault's status, body and content type instead of the real response.</summary>
    Status,

    /// <summary>Answers with the status and an HTML error page, as a CDN or proxy in front of an API does.</summary>
    Html,

    /// <summary>Answers 200 with the first half of the real JSON body: a connection cut mid-body.</summary>
    Truncated,

    /// <summary>Holds the request for the fault's delay, then serves it normally: a slow API.</summary>
    Delay,

    /// <summary>Drops the connection without an answer: a network failure.</summary>
    Abort,
}
