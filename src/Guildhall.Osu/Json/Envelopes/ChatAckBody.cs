namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The body of <c>POST /chat/ack</c>: silences after the silence id <see cref="HistorySince"/>.</summary>
internal sealed record ChatAckBody(long? HistorySince);
