using Microsoft.AspNetCore.Http;

namespace Guildhall.Sandbox.TopGg.Faults;

/// <summary>Writes a <see cref="TopGgFault"/> as the response, byte for byte.</summary>
internal sealed class FaultResult(TopGgFault fault) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        if (fault.Abort)
        {
            httpContext.Abort();
            return;
        }

        var response = httpContext.Response;
        response.StatusCode = fault.Status;
        foreach (var (name, value) in fault.Headers)
        {
            response.Headers[name] = value;
        }

        if (fault.ContentType is not null)
        {
            response.ContentType = fault.ContentType;
        }

        if (fault.Body.Length > 0)
        {
            await response.WriteAsync(fault.Body, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
