using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Sandbox.TopGg.Faults;

/// <summary>Writes a <see cref="TopGgFault"/> as the response, byte for byte.</summary>
internal sealed class FaultResult(TopGgFault fault) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        if (fault.Abort)
        {
            // In memory there is no connection to reset: the test transport hands an exception thrown by the app to
            // the client, which then sees the same IOException a reset socket gives.
            if (httpContext.RequestServices.GetService<IServer>() is TestServer)
            {
                throw new IOException("The connection was reset (sandbox fault).");
            }

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
