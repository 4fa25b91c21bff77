using System.Text.Json.Serialization.Metadata;
using Guildhall.Core;

namespace Guildhall.Benchmarks.Core;

/// <summary>What the bare side of a pipeline comparison sends: the same path, the API's own headers, the same model metadata.</summary>
/// <param name="BaseAddress">The API's root on the sandbox.</param>
/// <param name="Path">The path below it.</param>
/// <param name="Headers">The headers the Guildhall side sends besides <c>User-Agent</c> and <c>Accept</c> (the credential, a version header).</param>
/// <param name="TypeInfo">The model's source-generated metadata, the same the client reads with.</param>
/// <typeparam name="TModel">The model.</typeparam>
public sealed record BareCall<TModel>(Uri BaseAddress, string Path, IReadOnlyDictionary<string, string> Headers, JsonTypeInfo<TModel> TypeInfo)
{
    private static readonly string UserAgent = new ApiTransportOptions { ApiName = "bench", BaseAddress = new Uri("http://localhost/") }.UserAgent;

    /// <summary>
    /// The bare client: every header the Guildhall side sends (<c>User-Agent</c>, <c>Accept</c> and
    /// <see cref="Headers"/>) as a default header, so a call is one line.
    /// </summary>
    /// <param name="handler">What it sends with (not disposed with it); <see langword="null"/> for the default handler.</param>
    public HttpClient CreateClient(HttpMessageHandler? handler = null)
    {
        var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.BaseAddress = BaseAddress;
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/json");
        foreach (var (name, value) in Headers)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
        }

        return client;
    }
}
