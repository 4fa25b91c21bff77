using System.Globalization;

namespace Guildhall.Osu.Internal;

/// <summary>Pieces of request paths.</summary>
internal static class OsuPaths
{
    /// <summary>An id as a path segment, in invariant digits whatever the thread's culture.</summary>
    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
