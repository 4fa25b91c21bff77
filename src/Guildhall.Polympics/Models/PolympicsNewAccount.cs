using System.Text.Json.Serialization;

namespace Guildhall.Polympics.Models;

/// <summary>An account to create with <c>POST /accounts/new</c>.</summary>
public sealed record PolympicsNewAccount
{
    /// <summary>The user's Discord id.</summary>
    [JsonRequired]
    public ulong Id { get; init; }

    /// <summary>The display name.</summary>
    [JsonRequired]
    public string Name { get; init; } = "";

    /// <summary>The Discord discriminator, as text (<c>"8472"</c>).</summary>
    [JsonRequired]
    public string Discriminator { get; init; } = "";

    /// <summary>The avatar, or <see langword="null"/>.</summary>
    public Uri? AvatarUrl { get; init; }

    /// <summary>The team to put the account in, or <see langword="null"/> for none.</summary>
    public int? Team { get; init; }

    /// <summary>The permissions to grant; anything but none follows <see cref="PolympicsPermissionRules"/>.</summary>
    public PolympicsPermissions Permissions { get; init; }

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(Name);
        ArgumentException.ThrowIfNullOrEmpty(Discriminator);
        if (Id > long.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(Id), "The server stores Discord ids as signed 64-bit numbers.");
        }

        PolympicsTextLimits.ThrowIfTooLong(Name, PolympicsTextLimits.Text, nameof(Name));
        PolympicsTextLimits.ThrowIfTooLong(Discriminator, PolympicsTextLimits.Text, nameof(Discriminator));
        PolympicsTextLimits.ThrowIfTooLong(AvatarUrl?.OriginalString, PolympicsTextLimits.Url, nameof(AvatarUrl));
    }
}
