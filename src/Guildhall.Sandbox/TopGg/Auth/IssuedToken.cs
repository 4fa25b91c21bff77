namespace Guildhall.Sandbox.TopGg.Auth;

/// <summary>A token the sandbox accepts, and the bot it speaks for.</summary>
/// <param name="Value">The token string.</param>
/// <param name="BotId">The bot the token belongs to.</param>
/// <param name="Generation">Legacy or current.</param>
internal sealed record IssuedToken(string Value, ulong BotId, TokenGeneration Generation);
