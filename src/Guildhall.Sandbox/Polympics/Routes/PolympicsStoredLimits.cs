namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary>
/// Column sizes of the server's database. The API does not validate them, so a longer value fails at the database
/// and the client gets a plain-text 500.
/// </summary>
internal static class PolympicsStoredLimits
{
    /// <summary>Peewee's default <c>CharField</c> (names, discriminators).</summary>
    public const int Text = 255;

    public const int AvatarUrl = 512;

    public const int AwardTitle = 32;

    public const int AwardImageUrl = 512;

    public const int CallbackText = 2047;

    public static bool Exceeds(string? value, int limit) => value is not null && value.Length > limit;
}
