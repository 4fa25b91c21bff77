using System.Text.Json.Serialization;

namespace Guildhall.Core.Tests.Support;

public sealed record Sample(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("count")] int Count);

[JsonSerializable(typeof(Sample))]
public sealed partial class TestJsonContext : JsonSerializerContext;
