using System.Text.Json.Serialization;

namespace Guildhall.Polympics.Models;

/// <summary>An award to create with <c>POST /awards/new</c>, given at once to <see cref="Accounts"/> (duplicates are ignored).</summary>
public sealed record PolympicsNewAward
{
    /// <summary>The title, at most 32 characters.</summary>
    [JsonRequired]
    public string Title { get; init; } = "";

    /// <summary>The image, at most 512 characters.</summary>
    [JsonRequired]
    public Uri ImageUrl { get; init; } = null!;

    /// <summary>The team the award is given for.</summary>
    [JsonRequired]
    public int Team { get; init; }

    /// <summary>The Discord ids of the accounts to give it to.</summary>
    public IReadOnlyList<ulong> Accounts { get; init => field = value ?? []; } = [];

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(Title);
        ArgumentNullException.ThrowIfNull(ImageUrl);
        PolympicsTextLimits.ThrowIfTooLong(Title, PolympicsTextLimits.AwardTitle, nameof(Title));
        PolympicsTextLimits.ThrowIfTooLong(ImageUrl.OriginalString, PolympicsTextLimits.Url, nameof(ImageUrl));
    }
}
