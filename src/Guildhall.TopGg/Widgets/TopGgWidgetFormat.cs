namespace Guildhall.TopGg.Widgets;

/// <summary>The image format of a legacy widget.</summary>
public enum TopGgWidgetFormat
{
    /// <summary>Scalable vector graphics (<c>.svg</c>): sharp at any size, best for web pages and READMEs.</summary>
    Svg = 0,

    /// <summary>A bitmap (<c>.png</c>), for places that do not render SVG (for example Discord embeds).</summary>
    Png = 1,
}
