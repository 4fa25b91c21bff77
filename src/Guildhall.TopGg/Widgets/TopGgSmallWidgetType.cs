namespace Guildhall.TopGg.Widgets;

/// <summary>What a legacy small widget shows.</summary>
/// <remarks>topggpy's documentation calls the library badge <c>library</c>; the real path is <c>lib</c>.</remarks>
public enum TopGgSmallWidgetType
{
    /// <summary>The bot's online status (<c>status</c>).</summary>
    Status = 0,

    /// <summary>The server count (<c>servers</c>).</summary>
    Servers = 1,

    /// <summary>The library the bot is written with (<c>lib</c>).</summary>
    Library = 2,

    /// <summary>The vote count (<c>upvotes</c>).</summary>
    Upvotes = 3,

    /// <summary>The main owner (<c>owner</c>).</summary>
    Owner = 4,
}
