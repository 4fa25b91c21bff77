

using Guildhall.Sandbox.Polympics.State;
using Guildhall.Sandbox.Polympics.Wire;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary><c>/callbacks</c> and <c>/callback/{event}</c>: an app's callback registrations. Only apps may call them.</summary>
internal static class PolympicsCallbackRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapCall(HttpMethods.Get, "/callbacks", PolympicsCallKind.Authenticated, List);
        api.MapCall(HttpMethods.Put, "/callback/{event}", PolympicsCallKind.WithBody | PolympicsCallKind.Authenticated, Put);
        api.MapCall(HttpMethods.Get, "/callback/{event}", PolympicsCallKind.Authenticated, Get);
        api.MapCall(HttpMethods.Delete, "/callback/{event}", PolympicsCallKind.Authenticated, Delete);
    }

    private static IResult List(PolympicsCall call)
    {
        if (call.Scope.App is not { } app)
        {
            return AppsOnly();
        }

        var callbacks = new JsonObject();
        foreach (var callback in call.State.Callbacks.Where(c => c.AppId == app.Id))
        {
            callbacks[callback.Event] = callback.Url;
        }

        return PolympicsResults.Json(new JsonObject { ["callbacks"] = callbacks });
    }

    /// <summary>Registers the app's callback for the event, replacing any earlier one (which gives it a new id).</summary>
    private static IResult Put(PolympicsCall call)
    {
        var eventName = call.PathEvent();
        var form = call.Form();
        var url = form.HttpUrl("url");
        var secret = form.String("secret", required: true);
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        if (call.Scope.App is not { } app)
        {
            return AppsOnly();
        }

        if (PolympicsStoredLimits.Exceeds(url, PolympicsStoredLimits.CallbackText) || PolympicsStoredLimits.Exceeds(secret, PolympicsStoredLimits.CallbackText))
        {
            return PolympicsResults.InternalError();
        }

        var callback = call.State.PutCallback(app.Id, eventName!, url!, secret!);
        return PolympicsResults.Json(PolympicsWire.Callback(callback));
    }

    private static IResult Get(PolympicsCall call) => WithOwnCallback(call, (state, app, eventName) =>
    {
        var callback = state.Callbacks.Find(c => c.AppId == app.Id && c.Event == eventName);
        return callback is null ? NoCallback() : PolympicsResults.Json(PolympicsWire.Callback(callback));
    });

    private static IResult Delete(PolympicsCall call) => WithOwnCallback(call, (state, app, eventName) =>
        state.Callbacks.RemoveAll(c => c.AppId == app.Id && c.Event == eventName) == 0
            ? NoCallback()
            : PolympicsResults.Empty(StatusCodes.Status204NoContent));

    /// <summary>Validates <c>{event}</c>, then lets only apps through to <paramref name="act"/>.</summary>
    private static IResult WithOwnCallback(PolympicsCall call, Func<PolympicsState, PolympicsApp, string, IResult> act)
    {
        var eventName = call.PathEvent();
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        return call.Scope.App is { } app ? act(call.State, app, eventName!) : AppsOnly();
    }

    private static IResult AppsOnly() => PolympicsResults.Detail(StatusCodes.Status401Unauthorized, "Only apps may use this endpoint.");

    private static IResult NoCallback() => PolympicsResults.Detail(StatusCodes.Status404NotFound, "No callback registered for this event.");
}
