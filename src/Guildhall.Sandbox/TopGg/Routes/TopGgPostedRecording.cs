

using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>Keeps an accepted write in <see cref="TopGgState.Posted"/> for the admin routes.</summary>
internal static class TopGgPostedRecording
{
    public static void RecordPosted(this TopGgState state, TopGgPostedKind kind, ulong botId, HttpRequest request, JsonNode? body) =>
        state.Posted.Add(new TopGgPostedRecord(kind, botId, request.Method, TopGgGate.ApiPathOf(request), state.Now, body?.DeepClone()));
}
