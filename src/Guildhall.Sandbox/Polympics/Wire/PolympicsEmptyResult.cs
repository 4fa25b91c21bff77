namespace Guildhall.Sandbox.Polympics.Wire;

/// <summary>
/// A status with no body and no <c>Content-Type</c>, as Starlette's bare <c>Response(status_code=...)</c> sends for
/// 201/208 (give award), 204 and the 404 of taking an award that was not held.
/// </summary>
internal sealed class PolympicsEmptyResult(int statusCode) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentLength = 0;
        return Task.CompletedTask;
    }
}
