namespace Guildhall.Core.Errors;

/// <summary>Reads an API's error bodies. Each API has its own shapes; <see cref="JsonApiErrorReader"/> knows the common ones.</summary>
public interface IApiErrorReader
{
    /// <summary>Extracts what the failed response says. Must not throw, whatever the body is.</summary>
    /// <param name="response">A non-2xx response.</param>
    ApiErrorDetails Read(ApiResponse response);
}
