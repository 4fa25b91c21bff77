using System.Globalization;
using Guildhall.Core;

namespace Guildhall.TopGg.Models;

/// <summary>
/// A search of listed bots (<c>GET /bots</c>, which Top.gg marks deprecated and ranks by vote momentum rather than by
/// name). Every property is optional.
/// </summary>
public sealed record TopGgBotQuery
{
    /// <summary>The largest page Top.gg serves.</summary>
    public const int MaxLimit = 500;

    /// <summary>Bots per page, 1 to <see cref="MaxLimit"/>. Default 50.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Matches to skip. Default 0.</summary>
    public int Offset { get; init; }

    /// <summary>The field to sort by, for example <c>monthlyPoints</c>, or <see langword="null"/> for Top.gg's order.</summary>
    public string? SortBy { get; init; }

    /// <summary>Whether to reverse the order of <see cref="SortBy"/> (sent as a <c>-</c> prefix).</summary>
    public bool SortReversed { get; init; }

    /// <summary>Field filters, sent as <c>search=field: value field2: value2</c> (Top.gg marks the parameter deprecated).</summary>
    public IReadOnlyDictionary<string, string> Search { get; init; } = new Dictionary<string, string>();

    /// <summary>The fields to return (others keep their defaults in <see cref="TopGgBot"/>); empty returns all.</summary>
    public IReadOnlyList<string> Fields { get; init => field = value ?? []; } = [];

    /// <summary>Checks the values before anything is sent.</summary>
    internal void Validate(string parameterName)
    {
        if (Limit is < 1 or > MaxLimit)
        {
            throw new ArgumentOutOfRangeException(parameterName, Limit, $"Limit must be between 1 and {MaxLimit}.");
        }

        if (Offset < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, Offset, "Offset cannot be negative.");
        }

        if (SortBy is not null && (SortBy.Length == 0 || SortBy.StartsWith('-')))
        {
            throw new ArgumentException("SortBy is a field name; set SortReversed to reverse the order.", parameterName);
        }

        ArgumentNullException.ThrowIfNull(Search, parameterName);
        if (Fields.Any(string.IsNullOrWhiteSpace) || Search.Keys.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Field names cannot be empty.", parameterName);
        }
    }

    /// <summary>The path and query of one page.</summary>
    internal string ToPath(int limit, int offset)
    {
        var query = new QueryBuilder("bots")
            .Add("limit", limit)
            .Add("offset", offset)
            .Add("sort", SortBy is null ? null : (SortReversed ? "-" : "") + SortBy)
            .Add("search", Search.Count == 0 ? null : string.Join(' ', Search.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key}: {pair.Value}"))))
            .Add("fields", Fields.Count == 0 ? null : string.Join(',', Fields));
        return query.ToString();
    }
}
