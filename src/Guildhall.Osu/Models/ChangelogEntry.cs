using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One change in a build.</summary>
[JsonConverter(typeof(WireModelConverter<ChangelogEntry>))]
public sealed partial record ChangelogEntry
{
    /// <summary>The entry id (absent for entries made from a pull request only).</summary>
    public long? Id { get; init; }

    /// <summary>The repository, for example <c>ppy/osu</c>.</summary>
    public string? Repository { get; init; }

    /// <summary>The pull request number, if any.</summary>
    public long? GithubPullRequestId { get; init; }

    /// <summary>The pull request's address, if any.</summary>
    public string? GithubUrl { get; init; }

    /// <summary>A link of the entry's own, if any.</summary>
    public string? Url { get; init; }

    /// <summary>The kind: <c>add</c>, <c>fix</c>, <c>misc</c>.</summary>
    public string Type { get => field ?? ""; init; }

    /// <summary>The area of the change.</summary>
    public string Category { get => field ?? ""; init; }

    /// <summary>The title.</summary>
    public string Title { get => field ?? ""; init; }

    /// <summary>The description in markdown, if asked for.</summary>
    public string? Message { get; init; }

    /// <summary>The description in HTML, if asked for.</summary>
    public string? MessageHtml { get; init; }

    /// <summary>Whether the change is major.</summary>
    public bool Major { get; init; }

    /// <summary>When the change was made.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who made the change.</summary>
    public ChangelogGithubUser? GithubUser { get; init; }
}
