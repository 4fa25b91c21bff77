using System.Collections.Frozen;

namespace Guildhall.TopGg.Models;

/// <summary>
/// New texts for the project's page (<c>PATCH /v1/projects/@me</c>), per locale code (<c>en</c>, <c>de</c>, …). Locales
/// left out keep their text. The field name of the page text follows <see cref="TopGgApiCompatibility.ProjectContentField"/>.
/// </summary>
public sealed record TopGgProjectUpdate
{
    /// <summary>The locale codes Top.gg accepts: en de fr pt tr hi ja ar nl ko it es ru uk vi zh.</summary>
    public static IReadOnlySet<string> Locales { get; } =
        new[] { "en", "de", "fr", "pt", "tr", "hi", "ja", "ar", "nl", "ko", "it", "es", "ru", "uk", "vi", "zh" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The one-line headline per locale (3 to 140 characters).</summary>
    public IReadOnlyDictionary<string, string> Headline { get; init; } = new Dictionary<string, string>();

    /// <summary>The page text, Markdown, per locale (300 to 50,000 characters).</summary>
    public IReadOnlyDictionary<string, string> Content { get; init; } = new Dictionary<string, string>();

    /// <summary>Rejects an empty update and unknown locale codes before anything is sent.</summary>
    internal void Validate(string parameterName)
    {
        ArgumentNullException.ThrowIfNull(Headline, parameterName);
        ArgumentNullException.ThrowIfNull(Content, parameterName);
        if (Headline.Count == 0 && Content.Count == 0)
        {
            throw new ArgumentException("Set a headline or a page text for at least one locale.", parameterName);
        }

        foreach (var (locale, text) in Headline.Concat(Content))
        {
            if (!Locales.Contains(locale))
            {
                throw new ArgumentException($"\"{locale}\" is not a locale Top.gg accepts ({string.Join(' ', Locales.Order(StringComparer.Ordinal))}).", parameterName);
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ArgumentException($"The text for \"{locale}\" is empty.", parameterName);
            }
        }
    }
}
