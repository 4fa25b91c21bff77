using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One page of the match listing (<c>GET /matches</c>).</summary>
[JsonConverter(typeof(WireModelConverter<MultiplayerMatchesPage>))]
public sealed partial record MultiplayerMatchesPage
{
    /// <summary>The matches of this page.</summary>
    public IReadOnlyList<MultiplayerMatch> Matches { get => field ?? []; init; }

    /// <summary>How the page was read.</summary>
    public MultiplayerMatchesParams? Params { get; init; }

    /// <summary>The deprecated cursor object.</summary>
    public MultiplayerMatchesCursor? Cursor { get; init; }

    /// <summary>The token of the next page, or <see langword="null"/> on the last one.</summary>
    public string? CursorString { get; init; }
}
