using System.Globalization;
using System.Text.Json.Nodes;

namespace Guildhall.Osu.Tests.Wire;

/// <summary>
/// Response bodies in osu! API v2's wire shape that the tests own: written here by hand (or generated from a few
/// parameters) with invented values, so the tests of the client's behaviour run from a clone with nothing beside it.
/// Field names and nesting follow the real API; the recorded real responses are only compared with, in the
/// conformance suite (<see cref="Json.RecordedResponseTests"/>). <see cref="Json.OwnedBodyTests"/> checks that every
/// body here reads into its model and writes back without loss, so a body cannot drift from the models unnoticed.
/// </summary>
internal static partial class OsuWire
{
    /// <summary>The date-time shape osu! writes (<c>2026-05-14T08:15:42+00:00</c>).</summary>
    private static string Date(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>A JSON array of <paramref name="count"/> items made by <paramref name="item"/> from their index.</summary>
    private static string Array(int count, Func<int, string> item) => "[" + string.Join(",", Enumerable.Range(0, count).Select(item)) + "]";

    /// <summary>Parses a body, for tests that compare a model with the values it was read from.</summary>
    public static JsonNode Node(string body) => JsonNode.Parse(body)!;
}
