namespace Guildhall.Core.Json.Wire;

/// <summary>
/// Date formats packed into one <see cref="ulong"/>: five slots of twelve bits, each a member index (seven bits, stored
/// plus one so an empty slot is zero) and a format (fraction digits, <c>Z</c>, date only: five bits).
/// </summary>
internal static class WireDateFormats
{
    public const int InlineCapacity = 5;

    public static bool TryAdd(ref ulong packed, int index, WireDateFormat format)
    {
        if (index >= 126)
        {
            return false;
        }

        for (var slot = 0; slot < InlineCapacity; slot++)
        {
            if (((packed >> (slot * 12)) & 0xFFF) == 0)
            {
                var flags = (uint)format.FractionDigits | (format.Utc ? 8u : 0u) | (format.DateOnly ? 16u : 0u);
                var bits = (ulong)(uint)(index + 1) | ((ulong)flags << 7);
                packed |= bits << (slot * 12);
                return true;
            }
        }

        return false;
    }

    public static bool TryFind(ulong packed, int index, out WireDateFormat format)
    {
        for (var slot = 0; slot < InlineCapacity; slot++)
        {
            var bits = (packed >> (slot * 12)) & 0xFFF;
            if (bits == 0)
            {
                break;
            }

            if ((int)(bits & 0x7F) == index + 1)
            {
                var flags = (int)(bits >> 7);
                format = new WireDateFormat((byte)(flags & 7), (flags & 8) != 0, (flags & 16) != 0);
                return true;
            }
        }

        format = default;
        return false;
    }
}
