namespace Guildhall.Sandbox.Faults;

/// <summary>
/// Hears about each request a fault answers in the emulators' place (status, HTML and abort faults), so an emulator that
/// shows the requests it received (Tatsu's <c>/_sandbox/tatsu/requests</c>) still lists those that never reached it.
/// Register implementations as singletons.
/// </summary>
internal interface ISandboxFaultObserver
{
    /// <summary>Called before the fault answers, while the request body can still be read.</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The status the client gets; 0 when the connection is dropped.</param>
    Task OnAnsweredAsync(HttpContext context, int status);
}
