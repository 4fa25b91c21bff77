namespace Guildhall.Sandbox.Hosting;

/// <summary>Why the host refused a request's body before any route read it, and the status that says so.</summary>
/// <param name="Status">400 for a body no reader accepts, 413 for one over the size limit.</param>
/// <param name="Reason">One sentence naming the limit or the fault, for the API's error body.</param>
internal sealed record SandboxBodyRefusal(int Status, string Reason)
{
    public static SandboxBodyRefusal TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the {limit} bytes a request may have.");

    public static SandboxBodyRefusal Unreadable(string reason) => new(StatusCodes.Status400BadRequest, reason);
}
