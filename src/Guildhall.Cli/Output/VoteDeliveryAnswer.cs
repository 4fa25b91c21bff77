using System.Globalization;
using System.Text.Json.Serialization;

namespace Guildhall.Cli.Output;

/// <summary>What became of a test vote <c>guildhall topgg send-vote</c> delivered.</summary>
/// <param name="Via"><c>direct</c>, or <c>sandbox</c> when the sandbox delivered it with Top.gg's retries.</param>
/// <param name="DeliveryId">The sandbox's id of the delivery (<c>dlv_…</c>); <see langword="null"/> when sent directly.</param>
/// <param name="Outcome"><c>delivered</c>, or <c>duplicate</c> when the receiver said it had already handled this vote.</param>
/// <param name="StatusCode">The receiver's status code on the last attempt.</param>
/// <param name="Attempts">How many times the vote was sent.</param>
/// <param name="Reply">The receiver's answer, if it sent one.</param>
internal sealed record VoteDeliveryAnswer(
    [property: JsonPropertyName("via")] string Via,
    [property: JsonPropertyName("delivery_id")] string? DeliveryId,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("status_code")] int? StatusCode,
    [property: JsonPropertyName("attempts")] int Attempts,
    [property: JsonPropertyName("reply")] string? Reply)
{
    /// <summary>The line a person reads.</summary>
    public string Summary()
    {
        var status = StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "no status";
        var what = Outcome == "duplicate"
            ? $"not new: the receiver had already handled this vote (it answered {status} {Reply})"
            : $"delivered: the receiver answered {status}{(Reply is null ? "" : " " + Reply)}";
        var how = DeliveryId is null ? "" : $"{DeliveryId} through the sandbox, {Attempts.ToString(CultureInfo.InvariantCulture)} attempt(s): ";
        return how + what;
    }
}
