using System.Collections.Immutable;

namespace Guildhall.Sandbox.TopGg.State;

/// <summary>The v1 side of a bot: localized page texts, posted commands, announcement throttle.</summary>
internal sealed record TopGgProject
{
    public required ulong BotId { get; init; }

    /// <summary>Headline per locale (<c>en</c>, <c>de</c>, ...).</summary>
    public ImmutableDictionary<string, string> Headlines { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Page content (Markdown) per locale.</summary>
    public ImmutableDictionary<string, string> PageContents { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The last command list posted, as sent; <see langword="null"/> if none.</summary>
    public JsonArray? Commands { get; init; }

    public DateTimeOffset? LastAnnouncementAt { get; init; }
}
