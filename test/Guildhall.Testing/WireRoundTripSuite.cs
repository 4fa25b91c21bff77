using System.Text.Json.Serialization.Metadata;

namespace Guildhall.Testing;

/// <summary>
/// The round-trip suite every client package runs on its response models: each body, as sent and in generated variants
/// (<see cref="WireRoundTrip.AssertLosslessUnderMutation"/>), is read into its model and written back without loss. A
/// package derives from it and only lists its bodies.
/// </summary>
/// <typeparam name="TSelf">The deriving test class.</typeparam>
public abstract class WireRoundTripSuite<TSelf>
    where TSelf : WireRoundTripSuite<TSelf>, new()
{
    /// <summary>Bodies in the API's wire shape by name, each with the metadata of the model that reads it.</summary>
    protected abstract IReadOnlyDictionary<string, (string Body, JsonTypeInfo Model)> Bodies { get; }

#pragma warning disable CA1000 // xUnit finds theory data through a static member of the test class.
    public static TheoryData<string> Names() => [.. new TSelf().Bodies.Keys.Order(StringComparer.Ordinal)];
#pragma warning restore CA1000

    [Theory]
    [MemberData(nameof(Names))]
    public void A_body_survives_reading_and_writing_as_sent_and_mutated(string name)
    {
        var (body, model) = Bodies[name];

        WireRoundTrip.AssertLosslessUnderMutation(name, body, model, seeds: [1, 2, 3, 4]);
    }
}
