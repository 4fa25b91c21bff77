namespace Guildhall.TopGg.Widgets;

/// <summary>The colours of a legacy large widget; unset colours keep Top.gg's defaults.</summary>
public sealed record TopGgLargeWidgetOptions
{
    /// <summary>The top band (<c>topcolor</c>).</summary>
    public TopGgWidgetColor? TopColor { get; init; }

    /// <summary>The middle band (<c>middlecolor</c>).</summary>
    public TopGgWidgetColor? MiddleColor { get; init; }

    /// <summary>The bot's name (<c>usernamecolor</c>).</summary>
    public TopGgWidgetColor? UsernameColor { get; init; }

    /// <summary>The certified mark (<c>certifiedcolor</c>).</summary>
    public TopGgWidgetColor? CertifiedColor { get; init; }

    /// <summary>The numbers (<c>datacolor</c>).</summary>
    public TopGgWidgetColor? DataColor { get; init; }

    /// <summary>The labels (<c>labelcolor</c>).</summary>
    public TopGgWidgetColor? LabelColor { get; init; }

    /// <summary>The highlight (<c>highlightcolor</c>).</summary>
    public TopGgWidgetColor? HighlightColor { get; init; }

    internal IEnumerable<(string Name, string Value)> ToQuery() => WidgetQuery.Colors(
        ("topcolor", TopColor), ("middlecolor", MiddleColor), ("usernamecolor", UsernameColor), ("certifiedcolor", CertifiedColor),
        ("datacolor", DataColor), ("labelcolor", LabelColor), ("highlightcolor", HighlightColor));
}
