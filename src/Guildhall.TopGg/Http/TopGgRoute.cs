namespace Guildhall.TopGg.Http;

/// <summary>Which of Top.gg's rate limits a route counts against, beyond the global one.</summary>
internal enum TopGgRoute
{
    /// <summary>Only the global limit (100 requests a second on every route).</summary>
    Global,

    /// <summary><c>/bots/*</c>: 60 requests a minute, plus the global limit.</summary>
    Bots,

    /// <summary><c>/v1/projects/@me/announcements</c>: one every 4 hours, plus the global limit.</summary>
    Announcements,
}
