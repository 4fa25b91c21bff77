using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>What the token's owner has to do with a user (<c>current_user_attributes</c> of a user).</summary>
[JsonConverter(typeof(WireModelConverter<UserRelationAttributes>))]
public sealed partial record UserRelationAttributes
{
    /// <summary>Whether the token's owner blocked the user.</summary>
    public bool? HasBlocked { get; init; }
}
