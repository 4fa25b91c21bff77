using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One page of a playlist item's scores (<c>GET /rooms/{room}/playlist/{item}/scores</c>), always in the lazer format.</summary>
[JsonConverter(typeof(WireModelConverter<PlaylistScoresPage>))]
public sealed partial record PlaylistScoresPage
{
    /// <summary>The scores of this page.</summary>
    public IReadOnlyList<Score> Scores { get => field ?? []; init; }

    /// <summary>How the page was read.</summary>
    public PlaylistScoresParams? Params { get; init; }

    /// <summary>How many scores the item has.</summary>
    public long? Total { get; init; }

    /// <summary>The token owner's best, if they played it.</summary>
    public Score? UserScore { get; init; }

    /// <summary>The deprecated cursor object (kept as sent).</summary>
    public JsonElement? Cursor { get; init; }

    /// <summary>The token of the next page, or <see langword="null"/> on the last one.</summary>
    public string? CursorString { get; init; }
}
