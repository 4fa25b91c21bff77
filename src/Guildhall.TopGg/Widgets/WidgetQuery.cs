namespace Guildhall.TopGg.Widgets;

/// <summary>Turns the colours that are set into query parameters, in the order given.</summary>
internal static class WidgetQuery
{
    public static List<(string Name, string Value)> Colors(params (string Name, TopGgWidgetColor? Color)[] colors) =>
        [.. colors.Where(color => color.Color is not null).Select(color => (color.Name, color.Color!.Value.ToString()))];
}
