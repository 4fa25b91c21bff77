namespace Guildhall.Sandbox.TopGg.State;

/// <summary>A token the sandbox accepts, and the bot it speaks for.</summary>
/// <param name="Value">The token string.</param>
/// <param name="BotId">The bot the token belongs to.</param>
/// <param name="Generation">Legacy or current.</param>
internal sealed record TopGgIssuedToken(string Value, ulong BotId, TopGgTokenGeneration Generation);
