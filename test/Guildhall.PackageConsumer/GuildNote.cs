using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.PackageConsumer;

/// <summary>A model of the user's own: its reader and writer come from the generator inside the Guildhall.Core package.</summary>
[JsonConverter(typeof(WireModelConverter<GuildNote>))]
public sealed partial record GuildNote
{
    /// <summary>The note; members not declared here (pinned_by) are kept and written back.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }
}
