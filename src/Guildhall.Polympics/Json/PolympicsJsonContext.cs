using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Json;

/// <summary>
/// The source-generated serializer metadata for every Polympics model. Names are snake_case as on the wire; unset
/// optional fields are left out rather than sent as null, because the server treats a present null differently.
/// Response models read and write themselves through their generated members (see <see cref="IWireModel{TSelf}"/>);
/// the generic page names its converters here, per closed type.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = false,
    Converters = [typeof(WireModelConverter<PolympicsPage<PolympicsAccount>>), typeof(WireModelConverter<PolympicsPage<PolympicsTeam>>)])]
[JsonSerializable(typeof(PolympicsAccount))]
[JsonSerializable(typeof(PolympicsTeam))]
[JsonSerializable(typeof(PolympicsAward))]
[JsonSerializable(typeof(PolympicsAwardDetails))]
[JsonSerializable(typeof(PolympicsCallback))]
[JsonSerializable(typeof(PolympicsSession))]
[JsonSerializable(typeof(PolympicsApp))]
[JsonSerializable(typeof(PolympicsAppCredentials))]
[JsonSerializable(typeof(PolympicsSessionReset))]
[JsonSerializable(typeof(PolympicsAccountTeamUpdateEvent))]
[JsonSerializable(typeof(PolympicsPage<PolympicsAccount>))]
[JsonSerializable(typeof(PolympicsPage<PolympicsTeam>))]
[JsonSerializable(typeof(PolympicsNewAccount))]
[JsonSerializable(typeof(PolympicsAccountUpdate))]
[JsonSerializable(typeof(PolympicsNewAward))]
[JsonSerializable(typeof(PolympicsAwardUpdate))]
[JsonSerializable(typeof(PolympicsNameBody))]
[JsonSerializable(typeof(PolympicsCallbackBody))]
[JsonSerializable(typeof(PolympicsSessionRequestBody))]
[JsonSerializable(typeof(PolympicsDiscordTokenBody))]
[JsonSerializable(typeof(PolympicsSignupsBody))]
[JsonSerializable(typeof(PolympicsCallbackListBody))]
[JsonSerializable(typeof(IReadOnlyList<PolympicsCallback>))]
[JsonSerializable(typeof(IReadOnlyList<PolympicsAccount>))]
[JsonSerializable(typeof(IReadOnlyList<PolympicsTeam>))]
internal sealed partial class PolympicsJsonContext : JsonSerializerContext;
