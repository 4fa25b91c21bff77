using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Polympics.Models;

/// <summary>A Polympics account (<c>Account</c>), keyed by the user's Discord id.</summary>
[JsonConverter(typeof(WireModelConverter<PolympicsAccount>))]
public sealed partial record PolympicsAccount
{
    /// <summary>The Discord id (the server sends it as a string).</summary>
    [JsonRequired]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong Id { get; init; }

    /// <summary>The display name.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>The Discord discriminator, as text (<c>"0001"</c>).</summary>
    public string Discriminator { get; init => field = value ?? ""; } = "";

    /// <summary>The avatar, or <see langword="null"/>.</summary>
    public Uri? AvatarUrl { get; init; }

    /// <summary>The team the account belongs to, or <see langword="null"/>.</summary>
    public PolympicsTeam? Team { get; init; }

    /// <summary>The account's permissions.</summary>
    public PolympicsPermissions Permissions { get; init; }

    /// <summary>When the account was created (the server sends float Unix seconds).</summary>
    [JsonConverter(typeof(FlexibleDateTimeOffsetConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The awards the account holds.</summary>
    public IReadOnlyList<PolympicsAward> Awards { get; init => field = value ?? []; } = [];
}
