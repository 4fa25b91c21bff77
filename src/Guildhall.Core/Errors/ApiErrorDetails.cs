namespace Guildhall.Core.Errors;

/// <summary>What an API's error body says, as its <see cref="IApiErrorReader"/> understood it.</summary>
public sealed record ApiErrorDetails
{
    /// <summary>The human message (<c>message</c>, <c>detail</c>, <c>title</c>...), or <see langword="null"/>.</summary>
    public string? Message { get; init; }

    /// <summary>The API's own error code (Tatsu's <c>1003</c>, a problem type), or <see langword="null"/>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>A wait the body asks for (Top.gg's <c>retry-after</c> field), or <see langword="null"/>.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>A request or trace id the body carries, or <see langword="null"/>.</summary>
    public string? RequestId { get; init; }

    /// <summary>Field-level problems of a validation error.</summary>
    public IReadOnlyList<ApiValidationError> ValidationErrors { get; init; } = [];
}
