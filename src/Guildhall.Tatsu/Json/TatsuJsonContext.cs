using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Tatsu.Models;

namespace Guildhall.Tatsu.Json;

/// <summary>
/// The package's source-generated serializer metadata. Numbers sent as strings are accepted, unknown fields are
/// ignored. Models are read straight from the body; <see cref="JsonElement"/> is listed for the error path, which reads
/// a body a model does not fit as an element to say whether it is malformed or of the wrong shape.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(TatsuChangeRequest))]
[JsonSerializable(typeof(TatsuUserProfile))]
[JsonSerializable(typeof(TatsuMemberRanking))]
[JsonSerializable(typeof(TatsuGuildRankings))]
[JsonSerializable(typeof(IReadOnlyList<TatsuRankedMember>))]
[JsonSerializable(typeof(TatsuMemberPoints))]
[JsonSerializable(typeof(TatsuMemberScore))]
[JsonSerializable(typeof(TatsuStoreListing))]
internal sealed partial class TatsuJsonContext : JsonSerializerContext;
