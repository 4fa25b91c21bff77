using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The author of a changelog entry, on GitHub and (if linked) on osu!.</summary>
[JsonConverter(typeof(WireModelConverter<ChangelogGithubUser>))]
public sealed partial record ChangelogGithubUser
{
    /// <summary>The id of the link.</summary>
    public long? Id { get; init; }

    /// <summary>The name shown.</summary>
    public string DisplayName { get => field ?? ""; init; }

    /// <summary>The GitHub profile.</summary>
    public string? GithubUrl { get; init; }

    /// <summary>The GitHub username.</summary>
    public string? GithubUsername { get; init; }

    /// <summary>The osu! username, if linked.</summary>
    public string? OsuUsername { get; init; }

    /// <summary>The osu! user id, if linked.</summary>
    public long? UserId { get; init; }

    /// <summary>The osu! profile, if linked.</summary>
    public string? UserUrl { get; init; }
}
