namespace Guildhall.Core.Errors;

/// <summary>Everything known about a failed call, handed to the exception constructors.</summary>
/// <param name="Api">The API's name, for example <c>topgg</c>.</param>
/// <param name="Operation">The operation's name, or <see langword="null"/>.</param>
/// <param name="Response">The response, or <see langword="null"/> when the failure happened before one arrived.</param>
/// <param name="Details">What the error body says.</param>
public sealed record ApiErrorContext(string Api, string? Operation, ApiResponse? Response, ApiErrorDetails Details);
