using System.Collections.ObjectModel;

namespace Guildhall.TopGg.Webhooks;

/// <summary>Parses the <c>query</c> of a legacy vote, the query string the voter's vote page was opened with.</summary>
public static class TopGgVoteQuery
{
    /// <summary>The map of a vote without a query string.</summary>
    public static IReadOnlyDictionary<string, string> Empty { get; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>
    /// Parses a query string the way browsers do: an optional leading <c>?</c>, pairs split on <c>&amp;</c>, the name
    /// and value split on the first <c>=</c> (a pair without one has an empty value), <c>+</c> read as a space, and
    /// <c>%XX</c> sequences decoded as UTF-8 (invalid ones kept as written). Empty names are skipped; when a name
    /// repeats, the first value wins.
    /// </summary>
    /// <param name="query">The query string, or <see langword="null"/>.</param>
    public static IReadOnlyDictionary<string, string> Parse(string? query)
    {
        var text = query.AsSpan().Trim();
        if (text.StartsWith('?'))
        {
            text = text[1..];
        }

        if (text.IsEmpty)
        {
            return Empty;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var range in text.Split('&'))
        {
            var pair = text[range];
            var separator = pair.IndexOf('=');
            var name = Decode(separator < 0 ? pair : pair[..separator]);
            if (name.Length == 0)
            {
                continue;
            }

            values.TryAdd(name, separator < 0 ? string.Empty : Decode(pair[(separator + 1)..]));
        }

        return values.Count == 0 ? Empty : new ReadOnlyDictionary<string, string>(values);
    }

    private static string Decode(ReadOnlySpan<char> component) =>
        component.IsEmpty ? string.Empty
        : component.IndexOfAny('%', '+') < 0 ? component.ToString()
        : Uri.UnescapeDataString(component.ToString().Replace('+', ' '));
}
