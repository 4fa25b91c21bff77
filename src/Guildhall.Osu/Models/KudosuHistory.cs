using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One change to a user's kudosu.</summary>
[JsonConverter(typeof(WireModelConverter<KudosuHistory>))]
public sealed partial record KudosuHistory
{
    /// <summary>The entry id.</summary>
    public long Id { get; init; }

    /// <summary>What happened: <c>give</c>, <c>vote.give</c>, <c>reset</c>, <c>vote.reset</c>, <c>revoke</c>, <c>vote.revoke</c>, <c>recalculate.*</c>...</summary>
    public string Action { get => field ?? ""; init; }

    /// <summary>Kudosu gained (negative when lost).</summary>
    public int Amount { get; init; }

    /// <summary>What the kudosu was for: <c>beatmap_discussion</c>, <c>forum_post</c>.</summary>
    public string Model { get => field ?? ""; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who gave it, if a person did.</summary>
    public KudosuGiver? Giver { get; init; }

    /// <summary>The post it was for.</summary>
    public KudosuPost? Post { get; init; }

    /// <summary>Extra details, for example the event.</summary>
    public KudosuDetails? Details { get; init; }
}
