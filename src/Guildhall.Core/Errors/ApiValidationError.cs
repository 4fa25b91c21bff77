namespace Guildhall.Core.Errors;

/// <summary>One problem in a rejected request.</summary>
/// <param name="Location">Where the problem is, for example <c>body.name</c> or <c>query.limit</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Type">The API's machine-readable kind of problem, or <see langword="null"/>.</param>
public sealed record ApiValidationError(string Location, string Message, string? Type);
