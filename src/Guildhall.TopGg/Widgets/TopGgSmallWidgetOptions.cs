namespace Guildhall.TopGg.Widgets;

/// <summary>The look of a legacy small widget; unset colours keep Top.gg's defaults.</summary>
public sealed record TopGgSmallWidgetOptions
{
    /// <summary>Behind the avatar (<c>avatarbg</c>).</summary>
    public TopGgWidgetColor? AvatarBackground { get; init; }

    /// <summary>The left half (<c>leftcolor</c>).</summary>
    public TopGgWidgetColor? LeftColor { get; init; }

    /// <summary>The right half (<c>rightcolor</c>).</summary>
    public TopGgWidgetColor? RightColor { get; init; }

    /// <summary>The left text (<c>lefttextcolor</c>).</summary>
    public TopGgWidgetColor? LeftTextColor { get; init; }

    /// <summary>The right text (<c>righttextcolor</c>).</summary>
    public TopGgWidgetColor? RightTextColor { get; init; }

    /// <summary>Leaves the bot's avatar out (<c>noavatar=true</c>).</summary>
    public bool NoAvatar { get; init; }

    internal IEnumerable<(string Name, string Value)> ToQuery()
    {
        var query = WidgetQuery.Colors(
            ("avatarbg", AvatarBackground), ("leftcolor", LeftColor), ("rightcolor", RightColor),
            ("lefttextcolor", LeftTextColor), ("righttextcolor", RightTextColor));
        if (NoAvatar)
        {
            query.Add(("noavatar", "true"));
        }

        return query;
    }
}
