namespace Guildhall.Sandbox.Tatsu;

/// <summary>The ways an injected fault spoils a response.</summary>
internal enum TatsuFaultKind
{
    /// <summary>An error status with Tatsu's JSON error body (<c>{"code":0,"message":"500: Internal Server Error"}</c>).</summary>
    Status,

    /// <summary>An HTML error page, as a CDN or proxy in front of the API sends.</summary>
    Html,

    /// <summary>A 200 whose JSON body stops half way.</summary>
    Truncated,

    /// <summary>The request is handled normally, but a success answers 204 with no body.</summary>
    NoContent,

    /// <summary>The request is handled normally after a delay on the sandbox clock.</summary>
    Delay,

    /// <summary>The connection is dropped without a response.</summary>
    Abort,
}
