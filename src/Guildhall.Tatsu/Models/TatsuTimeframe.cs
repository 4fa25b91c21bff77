namespace Guildhall.Tatsu.Models;

/// <summary>The period a ranking covers.</summary>
public enum TatsuTimeframe
{
    /// <summary>All score ever earned (<c>all</c>).</summary>
    AllTime = 0,

    /// <summary>Score earned in the last 30 days (<c>month</c>).</summary>
    Month = 1,

    /// <summary>Score earned in the last 7 days (<c>week</c>).</summary>
    Week = 2,
}
