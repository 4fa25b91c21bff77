using System.Buffers.Text;
using System.Text;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>The opaque cursor of <c>GET /v1/projects/@me/votes</c>: the position of the last vote of a page.</summary>
/// <param name="CreatedAt">The last vote's creation time.</param>
/// <param name="VoteId">The last vote's id (breaks ties between votes of the same instant).</param>
internal sealed record TopGgVoteCursor(DateTimeOffset CreatedAt, ulong VoteId)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{CreatedAt.UtcTicks}.{VoteId}")));

    public static TopGgVoteCursor? Decode(string cursor)
    {
        if (!Base64Url.IsValid(cursor))
        {
            return null;
        }

        var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)).Split('.');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new TopGgVoteCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : null;
    }
}
