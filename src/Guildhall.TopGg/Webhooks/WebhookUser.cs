namespace Guildhall.TopGg.Webhooks;

/// <summary>The user a V2 delivery is about (<c>data.user</c>): the voter, or whoever pressed Test or connected an integration.</summary>
public sealed record WebhookUser
{
    /// <summary>The Top.gg user id.</summary>
    public required ulong Id { get; init; }

    /// <summary>The user's id on the project's platform (the Discord user id for Discord projects).</summary>
    public required ulong PlatformId { get; init; }

    /// <summary>The user's name, or <see langword="null"/> when absent.</summary>
    public string? Name { get; init; }

    /// <summary>The user's avatar URL, or <see langword="null"/> when absent.</summary>
    public string? AvatarUrl { get; init; }
}
