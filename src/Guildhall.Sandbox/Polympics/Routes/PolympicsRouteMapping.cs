namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary>Maps an emulated route to a <see cref="PolympicsCall"/> handler.</summary>
internal static class PolympicsRouteMapping
{
    /// <summary>
    /// Maps <paramref name="pattern"/> for <paramref name="method"/> as a request delegate that writes the handler's result
    /// itself: nothing is bound by reflection, so the route works trimmed and as Native AOT.
    /// </summary>
    public static void MapCall(this IEndpointRouteBuilder api, string method, string pattern, PolympicsCallKind kind, Func<PolympicsCall, IResult> handle) =>
        api.MapMethods(pattern, [method], async context =>
        {
            var result = await PolympicsCall.RunAsync(context, kind, handle).ConfigureAwait(false);
            await result.ExecuteAsync(context).ConfigureAwait(false);
        });
}
