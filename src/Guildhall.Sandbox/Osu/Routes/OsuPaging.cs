namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// The <c>limit</c>/<c>offset</c> paging of user profile lists (osu-web's <c>UsersController::parsePaginationParams</c>):
/// limit 1–100, default 5; lists capped at 100 rows stop there (an offset of 100 or more gives <c>[]</c>).
/// </summary>
internal readonly record struct OsuPaging(int Offset, int Limit)
{
    public const int MaxResults = 100;

    /// <summary>Paging for lists capped at <see cref="MaxResults"/> rows (recent scores, kudosu, recent activity).</summary>
    public static OsuPaging Capped(HttpRequest request)
    {
        var offset = Math.Max(0, OsuQuery.Int(request, "offset") ?? 0);
        return new(offset, offset >= MaxResults ? 0 : Math.Min(SanitizedLimit(request), MaxResults - offset));
    }

    /// <summary>Paging for lists without the cap (top plays, firsts, pins, beatmapsets).</summary>
    public static OsuPaging Uncapped(HttpRequest request) =>
        new(Math.Max(0, OsuQuery.Int(request, "offset") ?? 0), SanitizedLimit(request));

    public IEnumerable<T> Apply<T>(IEnumerable<T> items) => items.Skip(Offset).Take(Limit);

    private static int SanitizedLimit(HttpRequest request) => Math.Clamp(OsuQuery.Int(request, "limit") ?? 5, 1, 100);
}
