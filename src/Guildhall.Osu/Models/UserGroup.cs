using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user group membership (GMT, NAT, BN, Alumni...).</summary>
[JsonConverter(typeof(WireModelConverter<UserGroup>))]
public sealed partial record UserGroup
{
    /// <summary>The group id.</summary>
    public long Id { get; init; }

    /// <summary>The group's identifier, for example <c>bng</c>.</summary>
    public string Identifier { get => field ?? ""; init; }

    /// <summary>The group's name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The group's short name, for example <c>BN</c>.</summary>
    public string ShortName { get => field ?? ""; init; }

    /// <summary>The group's colour, for example <c>#A347EB</c>.</summary>
    public string? Colour { get; init; }

    /// <summary>The group's description, when sent.</summary>
    public UserGroupDescription? Description { get; init; }

    /// <summary>Whether the group has a public member listing.</summary>
    public bool HasListing { get; init; }

    /// <summary>Whether membership is per game mode.</summary>
    public bool HasPlaymodes { get; init; }

    /// <summary>Whether the membership is probationary.</summary>
    public bool IsProbationary { get; init; }

    /// <summary>The game modes of the membership, or <see langword="null"/> when not per mode.</summary>
    public IReadOnlyList<GameMode>? Playmodes { get; init; }
}
