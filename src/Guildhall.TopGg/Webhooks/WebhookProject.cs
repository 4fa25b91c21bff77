using Guildhall.TopGg.Models;
namespace Guildhall.TopGg.Webhooks;

/// <summary>The project a V2 delivery is about (<c>data.project</c>).</summary>
public sealed record WebhookProject
{
    /// <summary>The Top.gg project id.</summary>
    public required ulong Id { get; init; }

    /// <summary>The project's kind (<c>bot</c>, <c>server</c>, <c>game</c>).</summary>
    public TopGgProjectType Type { get; init; }

    /// <summary>The project's platform (<c>discord</c>, <c>roblox</c>).</summary>
    public TopGgPlatform Platform { get; init; }

    /// <summary>The project's id on its platform: for a Discord bot, the bot's user id; for a server, the guild id.</summary>
    public required ulong PlatformId { get; init; }
}
