using System.Globalization;

namespace Guildhall.TopGg.Widgets;

/// <summary>
/// An RGB colour for widget parameters, always written as six hex digits without <c>#</c> (for example <c>0A0B0C</c>):
/// no alpha byte, and leading zeros kept, so <c>0x00FF00</c> stays <c>00FF00</c>.
/// </summary>
public readonly record struct TopGgWidgetColor
{
    private readonly int _rgb;

    private TopGgWidgetColor(int rgb) => _rgb = rgb;

    /// <summary>The colour as <c>0xRRGGBB</c>.</summary>
    public int Rgb => _rgb;

    /// <summary>A colour from its red, green and blue parts.</summary>
    /// <param name="red">0–255.</param>
    /// <param name="green">0–255.</param>
    /// <param name="blue">0–255.</param>
    public static TopGgWidgetColor FromRgb(byte red, byte green, byte blue) => new((red << 16) | (green << 8) | blue);

    /// <summary>A colour from <c>0xRRGGBB</c>.</summary>
    /// <param name="rgb">The colour; at most <c>0xFFFFFF</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value has more than 24 bits (an alpha byte, say).</exception>
    public static TopGgWidgetColor FromRgb(int rgb) =>
        rgb is < 0 or > 0xFFFFFF
            ? throw new ArgumentOutOfRangeException(nameof(rgb), rgb, "A widget colour is 0xRRGGBB: at most 0xFFFFFF, without alpha.")
            : new(rgb);

    /// <summary>Reads <c>RRGGBB</c> or <c>#RRGGBB</c>.</summary>
    /// <param name="hex">Six hex digits, optionally after <c>#</c>.</param>
    /// <exception cref="FormatException">The text is not six hex digits.</exception>
    public static TopGgWidgetColor Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.AsSpan().Trim();
        if (digits.StartsWith('#'))
        {
            digits = digits[1..];
        }

        return digits.Length == 6 && int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb)
            ? new(rgb)
            : throw new FormatException($"'{hex}' is not a colour: expected six hex digits such as FF8800 or #FF8800.");
    }

    /// <summary>The six hex digits, upper case, as the widget URLs take them.</summary>
    public override string ToString() => _rgb.ToString("X6", CultureInfo.InvariantCulture);
}
