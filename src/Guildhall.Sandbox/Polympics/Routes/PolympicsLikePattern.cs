using System.Text.RegularExpressions;
using System.Text;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary>
/// PostgreSQL's <c>ILIKE '%q%'</c>, which the server builds from the search text without escaping it: <c>%</c> matches
/// any run, <c>_</c> any one character, and a backslash makes the next character literal.
/// </summary>
internal static class PolympicsLikePattern
{
    /// <summary>The server's <c>if q: query.where(name ** f'%{q}%')</c>: an empty or missing text filters nothing.</summary>
    public static IEnumerable<T> WhereNameContains<T>(IEnumerable<T> items, Func<T, string> name, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return items;
        }

        var pattern = ForContains(text);
        return items.Where(item => pattern.IsMatch(name(item)));
    }

    public static Regex ForContains(string text)
    {
        var pattern = new StringBuilder("^.*");
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            _ = character switch
            {
                '%' => pattern.Append(".*"),
                '_' => pattern.Append('.'),
                '\\' when i + 1 < text.Length => pattern.Append(Regex.Escape(text[++i].ToString())),
                _ => pattern.Append(Regex.Escape(character.ToString())),
            };
        }

        pattern.Append(".*$");
        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
