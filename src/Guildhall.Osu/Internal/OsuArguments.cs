using System.Runtime.CompilerServices;

namespace Guildhall.Osu.Internal;

/// <summary>The argument checks the calls share, made before anything is sent.</summary>
internal static class OsuArguments
{
    /// <summary>Refuses a page size (or limit) outside the range the API accepts.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is below <paramref name="min"/> or above <paramref name="max"/>.</exception>
    public static void CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, min, paramName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max, paramName);
    }
}
