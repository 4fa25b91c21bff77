using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Polympics.Models;

/// <summary>An award (<c>Award</c>): a title and an image, given to accounts on behalf of a team.</summary>
[JsonConverter(typeof(WireModelConverter<PolympicsAward>))]
public sealed partial record PolympicsAward
{
    /// <summary>The award's id.</summary>
    [System.Text.Json.Serialization.JsonRequired]
    public int Id { get; init; }

    /// <summary>The title (at most 32 characters on the server).</summary>
    public string Title { get; init => field = value ?? ""; } = "";

    /// <summary>The image.</summary>
    public Uri? ImageUrl { get; init; }
}
