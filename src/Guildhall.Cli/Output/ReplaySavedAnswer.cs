using System.Text.Json.Serialization;

namespace Guildhall.Cli.Output;

/// <summary>Where <c>guildhall osu replay</c> saved a replay, and how big it is.</summary>
/// <param name="Path">The file written.</param>
/// <param name="Bytes">Its length.</param>
internal sealed record ReplaySavedAnswer([property: JsonPropertyName("path")] string Path, [property: JsonPropertyName("bytes")] long Bytes);
