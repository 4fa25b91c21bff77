using System.Globalization;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// Reads ISO 8601 dates in the strict shapes APIs write (<c>2024-05-01</c>, <c>2024-05-01T08:15:42</c> with 0 to 7
/// fraction digits and <c>Z</c> or <c>±hh:mm</c>) and writes a date back in the shape it was read in.
/// </summary>
internal static class WireDates
{
    /// <summary>Parses <paramref name="text"/> if it has one of the strict shapes, which <see cref="Format"/> reproduces byte for byte.</summary>
    public static bool TryParseStrict(ReadOnlySpan<byte> text, out DateTimeOffset value, out WireDateFormat format)
    {
        if (TryParseCommon(text, out value, out format))
        {
            return true;
        }

        value = default;
        format = default;
        if (text.Length < 10 || !Digits(text, 0, 4, out var year) || text[4] != '-' || !Digits(text, 5, 2, out var month) || text[7] != '-' || !Digits(text, 8, 2, out var day))
        {
            return false;
        }

        if (text.Length == 10)
        {
            format = new WireDateFormat(0, false, true);
            return TryCreate(year, month, day, 0, 0, 0, 0, TimeSpan.Zero, out value);
        }

        if (text.Length < 20 || text[10] != 'T' || !Digits(text, 11, 2, out var hour) || text[13] != ':' || !Digits(text, 14, 2, out var minute) || text[16] != ':' || !Digits(text, 17, 2, out var second))
        {
            return false;
        }

        var position = 19;
        var fraction = 0;
        var digits = 0;
        if (text[position] == '.')
        {
            position++;
            while (position < text.Length && char.IsAsciiDigit((char)text[position]) && digits < 7)
            {
                fraction = (fraction * 10) + (text[position] - '0');
                digits++;
                position++;
            }

            if (digits == 0)
            {
                return false;
            }
        }

        var ticks = fraction * Pow10(7 - digits);
        var rest = text[position..];
        if (rest.Length == 1 && rest[0] == 'Z')
        {
            format = new WireDateFormat((byte)digits, true, false);
            return TryCreate(year, month, day, hour, minute, second, ticks, TimeSpan.Zero, out value);
        }

        if (rest.Length != 6 || (rest[0] != '+' && rest[0] != '-') || !Digits(rest, 1, 2, out var offsetHours) || rest[3] != ':' || !Digits(rest, 4, 2, out var offsetMinutes))
        {
            return false;
        }

        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        format = new WireDateFormat((byte)digits, false, false);
        return TryCreate(year, month, day, hour, minute, second, ticks, rest[0] == '-' ? -offset : offset, out value);
    }

    /// <summary>
    /// Parses the three shapes APIs send nearly every date in (<c>2024-05-01</c>, <c>2024-05-01T08:15:42Z</c> and
    /// <c>2024-05-01T08:15:42+00:00</c>) with no loops, which on a user's hundreds of monthly counts costs a fraction of
    /// the general path. It accepts exactly what <see cref="TryParseStrict"/> accepts in those shapes, with the same value
    /// and format; anything else (another shape, or a value out of range such as February 30) returns
    /// <see langword="false"/> and the general path decides.
    /// </summary>
    internal static bool TryParseCommon(ReadOnlySpan<byte> text, out DateTimeOffset value, out WireDateFormat format)
    {
        value = default;
        format = default;
        if (text.Length is not (10 or 20 or 25) || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var century = TwoDigits(text, 0);
        var yearOfCentury = TwoDigits(text, 2);
        var month = TwoDigits(text, 5);
        var day = TwoDigits(text, 8);
        if ((century | yearOfCentury | month | day) < 0)
        {
            return false;
        }

        var year = (century * 100) + yearOfCentury;
        var hour = 0;
        var minute = 0;
        var second = 0;
        if (text.Length == 10)
        {
            format = new WireDateFormat(0, false, true);
        }
        else
        {
            if (text[10] != 'T' || text[13] != ':' || text[16] != ':')
            {
                return false;
            }

            hour = TwoDigits(text, 11);
            minute = TwoDigits(text, 14);
            second = TwoDigits(text, 17);
            if ((hour | minute | second) < 0 || !(text.Length == 20 ? text[19] == 'Z' : text[19..].SequenceEqual("+00:00"u8)))
            {
                return false;
            }

            format = new WireDateFormat(0, text.Length == 20, false);
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    /// <summary>
    /// Writes <paramref name="value"/> in <paramref name="format"/>, widened where the value needs more (fraction digits
    /// it has, a time on a date-only format, an offset on a <c>Z</c> format), so nothing of the value is lost.
    /// </summary>
    public static string Format(DateTimeOffset value, WireDateFormat format)
    {
        var subSecond = value.Ticks % TimeSpan.TicksPerSecond;
        if (format.DateOnly && value.TimeOfDay == TimeSpan.Zero && value.Offset == TimeSpan.Zero)
        {
            return value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var digits = Math.Max(format.FractionDigits, NeededDigits(subSecond));
        var pattern = "yyyy-MM-dd'T'HH:mm:ss" + (digits > 0 ? "." + new string('f', digits) : "");
        return format.Utc && value.Offset == TimeSpan.Zero
            ? value.ToString(pattern + "'Z'", CultureInfo.InvariantCulture)
            : value.ToString(pattern + "zzz", CultureInfo.InvariantCulture);
    }

    private static int NeededDigits(long subSecondTicks)
    {
        if (subSecondTicks == 0)
        {
            return 0;
        }

        var digits = 7;
        while (subSecondTicks % 10 == 0)
        {
            subSecondTicks /= 10;
            digits--;
        }

        return digits;
    }

    private static bool TryCreate(int year, int month, int day, int hour, int minute, int second, int ticks, TimeSpan offset, out DateTimeOffset value)
    {
        value = default;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || offset.Duration() > TimeSpan.FromHours(14))
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + ticks;
        var utc = local - offset.Ticks;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(local, offset);
        return true;
    }

    /// <summary>The two-digit number at <paramref name="start"/>, or a negative number when either byte is not a digit.</summary>
    private static int TwoDigits(ReadOnlySpan<byte> text, int start)
    {
        var tens = (uint)(text[start] - '0');
        var ones = (uint)(text[start + 1] - '0');
        return tens <= 9 && ones <= 9 ? (int)((tens * 10) + ones) : -1;
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit((char)text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    private static int Pow10(int exponent)
    {
        var result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
