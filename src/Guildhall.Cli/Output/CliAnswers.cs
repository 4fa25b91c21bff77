using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Guildhall.Cli.Output;

/// <summary>A yes-or-no answer the command line prints as JSON in the API's own field name.</summary>
/// <param name="Voted">Whether the user voted (<c>{"voted": …}</c>, as <c>GET /bots/{id}/check</c> answers).</param>
internal sealed record VoteCheckAnswer([property: JsonPropertyName("voted")] bool Voted);

/// <summary>Whether votes count double (<c>{"is_weekend": …}</c>, as <c>GET /weekend</c> answers).</summary>
/// <param name="IsWeekend">Whether it is the weekend.</param>
internal sealed record WeekendAnswer([property: JsonPropertyName("is_weekend")] bool IsWeekend);

/// <summary>The metadata of what the command line prints itself rather than a package's model, and of the JSON it sends the sandbox's admin routes.</summary>
[JsonSerializable(typeof(VoteCheckAnswer))]
[JsonSerializable(typeof(WeekendAnswer))]
[JsonSerializable(typeof(ReplaySavedAnswer))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(VoteDeliveryAnswer))]
[JsonSerializable(typeof(AwardHoldingAnswer))]
[JsonSerializable(typeof(PolympicsCredentialsAnswer))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyList<WidgetUrlAnswer>))]
[JsonSerializable(typeof(AutopostAnswer))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
