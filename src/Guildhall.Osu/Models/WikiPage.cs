using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A wiki page (search results carry it without <see cref="Markdown"/> where the API omits it).</summary>
[JsonConverter(typeof(WireModelConverter<WikiPage>))]
public sealed partial record WikiPage
{
    /// <summary>The path, for example <c>Game_mode/osu!</c>.</summary>
    public string Path { get => field ?? ""; init; }

    /// <summary>The locale, for example <c>en</c>.</summary>
    public string Locale { get => field ?? ""; init; }

    /// <summary>The title.</summary>
    public string Title { get => field ?? ""; init; }

    /// <summary>The subtitle, if any.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The layout.</summary>
    public string? Layout { get; init; }

    /// <summary>The markdown source.</summary>
    public string? Markdown { get; init; }

    /// <summary>The locales the page exists in.</summary>
    public IReadOnlyList<string> AvailableLocales { get => field ?? []; init; }

    /// <summary>Tags.</summary>
    public IReadOnlyList<string> Tags { get => field ?? []; init; }
}
