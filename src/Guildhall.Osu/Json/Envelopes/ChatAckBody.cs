namespace Guildhall.Osu.Json.Envelopes;

/// <summary>
/// The body of <c>POST /chat/ack</c>: silences after the silence id <see cref="HistorySince"/> or, without it, those
/// issued after the message <see cref="Since"/>.
/// </summary>
internal sealed record ChatAckBody(long? HistorySince, long? Since);
