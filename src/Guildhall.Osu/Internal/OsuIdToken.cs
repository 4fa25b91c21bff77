using System.Globalization;

namespace Guildhall.Osu.Internal;

/// <summary>
/// The continuation token of a list osu! pages by an id bound (a match's <c>after</c> event, a channel's <c>since</c>
/// message): the last id read, in decimal.
/// </summary>
internal static class OsuIdToken
{
    public static string Write(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a token, refusing one that is not this kind's with the family's one error.</summary>
    /// <param name="continuationToken">The token.</param>
    /// <param name="what">What the id names, for the message: <c>an event id</c>.</param>
    public static long Parse(string continuationToken, string what) =>
        long.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException($"\"{continuationToken}\" is not a continuation token of this list (expected {what} in decimal).", nameof(continuationToken));
}
