using Guildhall.Core.Errors;
using Guildhall.Tatsu.Models;

namespace Guildhall.Tatsu;

/// <summary>
/// A change split over several requests stopped part way: some requests were applied, then one failed or the call was
/// cancelled. Nothing is rolled back; <see cref="AppliedAmount"/> says what took effect and
/// <see cref="UncertainAmount"/> what may have (a request whose answer never arrived). The cause is the
/// <see cref="Exception.InnerException"/>. When the very first request fails, its own exception is thrown instead.
/// </summary>
public sealed class TatsuChangeIncompleteException : GuildhallApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation, for example <c>tatsu.members.points.adjust</c>.</param>
    /// <param name="action">Whether the change added or removed.</param>
    /// <param name="requestedAmount">The whole amount asked for.</param>
    /// <param name="appliedAmount">The amount the API confirmed.</param>
    /// <param name="uncertainAmount">The amount of a request whose outcome is unknown, or 0.</param>
    /// <param name="innerException">Why it stopped.</param>
    public TatsuChangeIncompleteException(
        string operation, TatsuChangeAction action, ulong requestedAmount, ulong appliedAmount, ulong uncertainAmount, Exception innerException)
        : base(
            $"{operation} stopped after applying {appliedAmount} of {requestedAmount} ({action})"
            + (uncertainAmount > 0 ? $"; {uncertainAmount} more may have been applied" : "")
            + $": {innerException?.Message}",
            new ApiErrorContext(TatsuConnection.ApiName, operation, null, Details(innerException)),
            innerException)
    {
        Action = action;
        RequestedAmount = requestedAmount;
        AppliedAmount = appliedAmount;
        UncertainAmount = uncertainAmount;
    }

    /// <summary>Whether the change added or removed.</summary>
    public TatsuChangeAction Action { get; }

    /// <summary>The whole amount asked for.</summary>
    public ulong RequestedAmount { get; }

    /// <summary>The amount the API confirmed before the failure.</summary>
    public ulong AppliedAmount { get; }

    /// <summary>
    /// The amount of the request that failed without an answer (a timeout, a dropped connection, a 5xx, a cancellation
    /// while it was in flight): the API may or may not have applied it. 0 when the failure proves it was not applied.
    /// </summary>
    public ulong UncertainAmount { get; }

    private static ApiErrorDetails Details(Exception? cause) => cause is GuildhallApiException api
        ? new ApiErrorDetails { ErrorCode = api.ErrorCode, Message = api.ServerMessage, RequestId = api.RequestId }
        : new ApiErrorDetails();
}
