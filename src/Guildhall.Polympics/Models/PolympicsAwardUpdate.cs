
namespace Guildhall.Polympics.Models;

/// <summary>Changes to an award for <c>PATCH /award/{id}</c>; fields left <see langword="null"/> are unchanged (never sent as null).</summary>
public sealed record PolympicsAwardUpdate
{
    /// <summary>A new title, at most 32 characters.</summary>
    public string? Title { get; init; }

    /// <summary>A new image.</summary>
    public Uri? ImageUrl { get; init; }

    /// <summary>A new team (an award cannot be left without one).</summary>
    public int? Team { get; init; }

    internal void Validate()
    {
        PolympicsTextLimits.ThrowIfEmpty(Title, nameof(Title));
        PolympicsTextLimits.ThrowIfEmpty(ImageUrl?.OriginalString, nameof(ImageUrl));
        PolympicsTextLimits.ThrowIfTooLong(Title, PolympicsTextLimits.AwardTitle, nameof(Title));
        PolympicsTextLimits.ThrowIfTooLong(ImageUrl?.OriginalString, PolympicsTextLimits.Url, nameof(ImageUrl));
    }
}
