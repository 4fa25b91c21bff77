namespace Guildhall.Sandbox.TopGg.State;

/// <summary>One accepted write, kept so tests can read back exactly what a client sent.</summary>
/// <param name="Kind">Which route accepted it.</param>
/// <param name="BotId">The bot (project) it was written for.</param>
/// <param name="Method">The HTTP method used (commands accept POST and PUT).</param>
/// <param name="Path">The path under the API prefix, for example <c>/bots/stats</c>.</param>
/// <param name="ReceivedAt">When the sandbox accepted it.</param>
/// <param name="Body">The request body as sent.</param>
internal sealed record TopGgPostedRecord(
    TopGgPostedKind Kind, ulong BotId, string Method, string Path, DateTimeOffset ReceivedAt, JsonNode? Body);
