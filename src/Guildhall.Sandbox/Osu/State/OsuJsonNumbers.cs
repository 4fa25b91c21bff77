namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Reads numbers from JSON nodes whatever they hold. Values parsed from JSON text (request bodies) convert freely, but values the
/// emulator sets itself keep their CLR type (an <see cref="int"/> refuses <c>GetValue&lt;long&gt;()</c>), and the
/// world mixes both.
/// </summary>
internal static class OsuJsonNumbers
{
    public static long ToInt64(this JsonNode node) => node switch
    {
        JsonValue value when value.TryGetValue<long>(out var number) => number,
        JsonValue value when value.TryGetValue<int>(out var number) => number,
        JsonValue value when value.TryGetValue<double>(out var number) => (long)number,
        JsonValue value when value.TryGetValue<decimal>(out var number) => (long)number,
        _ => throw new InvalidOperationException($"{node.ToJsonString()} is not a number."),
    };

    public static int ToInt32(this JsonNode node) => checked((int)node.ToInt64());

    public static double ToDouble(this JsonNode node) => node switch
    {
        JsonValue value when value.TryGetValue<double>(out var number) => number,
        JsonValue value when value.TryGetValue<long>(out var number) => number,
        JsonValue value when value.TryGetValue<int>(out var number) => number,
        JsonValue value when value.TryGetValue<decimal>(out var number) => (double)number,
        _ => throw new InvalidOperationException($"{node.ToJsonString()} is not a number."),
    };
}
