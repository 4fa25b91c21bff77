using System.Text.Json.Serialization;

namespace Guildhall.Cli.Commands.Limits;

/// <summary>
/// A credential's shared budget as <c>guildhall limits</c> prints it. The credential appears only as its fingerprint, the
/// partition its bucket keys carry (a hash; the token never).
/// </summary>
/// <param name="Api">The API's short name, as in the bucket keys.</param>
/// <param name="Credential">Which credential: a fingerprint of a token or key, or an osu! application and session.</param>
/// <param name="Store">Where the budget was read: <c>redis</c> or the SQLite file's path.</param>
/// <param name="Buckets">Each bucket's state, in the order the client package describes them.</param>
internal sealed record LimitsReport(
    [property: JsonPropertyName("api")] string Api,
    [property: JsonPropertyName("credential")] string Credential,
    [property: JsonPropertyName("store")] string Store,
    [property: JsonPropertyName("buckets")] IReadOnlyList<LimitsBucket> Buckets);

/// <summary>The metadata of <see cref="LimitsReport"/>.</summary>
[JsonSerializable(typeof(LimitsReport))]
internal sealed partial class LimitsJsonContext : JsonSerializerContext;
