namespace Guildhall.TopGg.Widgets;

/// <summary>What a v1 small widget shows.</summary>
public enum TopGgV1SmallWidgetType
{
    /// <summary>The vote count (<c>votes</c>).</summary>
    Votes = 0,

    /// <summary>The owner (<c>owner</c>).</summary>
    Owner = 1,

    /// <summary>The social links (<c>social</c>).</summary>
    Social = 2,
}
