namespace Guildhall.Polympics.Models;

/// <summary>
/// The server's column sizes. It does not validate them and answers a longer value with a plain-text 500, so the client
/// refuses such values before sending.
/// </summary>
internal static class PolympicsTextLimits
{
    /// <summary>Names and discriminators.</summary>
    public const int Text = 255;

    /// <summary>Avatar and award image URLs.</summary>
    public const int Url = 512;

    /// <summary>Award titles.</summary>
    public const int AwardTitle = 32;

    /// <summary>Callback URLs and secrets.</summary>
    public const int Callback = 2047;

    public static void ThrowIfTooLong(string? value, int limit, string name)
    {
        if (value is not null && value.Length > limit)
        {
            throw new ArgumentException($"The server stores at most {limit} characters here (a longer value fails with a 500).", name);
        }
    }

    /// <summary>The server ignores empty strings (it tests fields for truthiness), so sending one would silently do nothing.</summary>
    public static void ThrowIfEmpty(string? value, string name)
    {
        if (value is { Length: 0 })
        {
            throw new ArgumentException("The server ignores an empty value; leave it null to keep the current one.", name);
        }
    }
}
