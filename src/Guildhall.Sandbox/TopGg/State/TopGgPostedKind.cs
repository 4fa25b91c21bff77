
namespace Guildhall.Sandbox.TopGg.State;

/// <summary>What a client posted, as the admin routes list it.</summary>
internal enum TopGgPostedKind
{
    /// <summary><c>POST /bots/stats</c> (v0).</summary>
    Stats,

    /// <summary><c>PATCH /v1/projects/@me</c>.</summary>
    ProjectEdit,

    /// <summary><c>POST|PUT /v1/projects/@me/commands</c>.</summary>
    Commands,

    /// <summary><c>POST /v1/projects/@me/announcements</c>.</summary>
    Announcement,

    /// <summary><c>PATCH /v1/projects/@me/metrics</c> and <c>POST .../metrics/batch</c>.</summary>
    Metrics,
}
