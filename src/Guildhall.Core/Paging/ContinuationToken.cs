using System.Globalization;

namespace Guildhall.Core.Paging;

/// <summary>How the pageables write and read their continuation tokens, and the one error for a token that is not theirs.</summary>
internal static class ContinuationToken
{
    public static string? FromPosition(int? position) => position?.ToString(CultureInfo.InvariantCulture);

    public static int ParsePosition(string continuationToken) =>
        int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : throw Invalid(continuationToken, "an offset or page number in decimal");

    public static ArgumentException Invalid(string continuationToken, string expected) =>
        new($"\"{continuationToken}\" is not a continuation token of this list (expected {expected}).", nameof(continuationToken));
}
