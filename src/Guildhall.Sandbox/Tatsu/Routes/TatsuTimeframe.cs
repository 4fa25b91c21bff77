namespace Guildhall.Sandbox.Tatsu.Routes;

/// <summary>The ranking periods of the Tatsu API, as they appear in its paths.</summary>
internal enum TatsuTimeframe
{
    /// <summary><c>all</c>: every point of score ever earned.</summary>
    All,

    /// <summary><c>month</c>: score earned in the last 30 days.</summary>
    Month,

    /// <summary><c>week</c>: score earned in the last 7 days.</summary>
    Week,
}
