using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Tatsu.Models;

namespace Guildhall.Tatsu.Json;

/// <summary>
/// The package's source-generated serializer metadata. Numbers sent as strings are accepted, unknown fields are
/// ignored, and responses are first read as a <see cref="JsonElement"/> so every model can keep its raw JSON.
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
