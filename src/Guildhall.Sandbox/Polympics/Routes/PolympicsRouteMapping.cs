namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary>Maps an emulated route to a <see cref="PolympicsCall"/> handler.</summary>
internal static class PolympicsRouteMapping
{
    /// <summary>
    /// Maps <paramref name="pattern"/> for <paramref name="method"/>. The handler is mapped as a route handler (not a bare
    /// request delegate), so the returned result is written.
    /// </summary>
    public static void MapCall(this IEndpointRouteBuilder api, string method, string pattern, PolympicsCallKind kind, Func<PolympicsCall, IResult> handle)
    {
        Func<HttpContext, Task<IResult>> handler = context => PolympicsCall.RunAsync(context, kind, handle);
        api.MapMethods(pattern, [method], handler);
    }
}
