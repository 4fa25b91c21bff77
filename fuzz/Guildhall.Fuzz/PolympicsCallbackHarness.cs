using Guildhall.Polympics.Callbacks;

namespace Guildhall.Fuzz;

/// <summary>
/// The Polympics callback verifier and parser: the first line is the <c>Authorization</c> header, the rest the body.
/// The parser documents only <see cref="FormatException"/> for a body that is not an event; the span and the stream
/// forms must agree on which bodies those are.
/// </summary>
internal sealed class PolympicsCallbackHarness : FuzzHarness
{
    private readonly PolympicsCallbackVerifier _verifier = new("fuzz-callback-secret");

    public override void Run(ReadOnlySpan<byte> input)
    {
        var reader = new FuzzInput(input);
        _ = _verifier.IsAuthorized(reader.TakeLine());
        var body = reader.Rest.ToArray();

        var fromSpan = Parse(() => PolympicsCallbackParser.ParseAccountTeamUpdate(body));
        using var stream = new MemoryStream(body);
        var fromStream = Parse(() => PolympicsCallbackParser.ParseAccountTeamUpdateAsync(stream).AsTask().GetAwaiter().GetResult());
        if (fromSpan != fromStream)
        {
            throw new InvalidOperationException($"The span parser {(fromSpan ? "accepted" : "refused")} a body the stream parser {(fromStream ? "accepted" : "refused")}.");
        }
    }

    private static bool Parse(Func<object> parse)
    {
        try
        {
            _ = parse().ToString();
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
