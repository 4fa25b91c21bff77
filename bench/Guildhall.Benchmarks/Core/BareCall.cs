using System.Text.Json.Serialization.Metadata;

namespace Guildhall.Benchmarks.Core;

/// <summary>What the bare side of a pipeline comparison sends: the same path, the API's own headers, the same model metadata.</summary>
/// <param name="BaseAddress">The API's root on the sandbox.</param>
/// <param name="Path">The path below it.</param>
/// <param name="Headers">The headers the Guildhall side sends besides <c>User-Agent</c> and <c>Accept</c> (the credential, a version header).</param>
/// <param name="TypeInfo">The model's source-generated metadata, the same the client reads with.</param>
/// <typeparam name="TModel">The model.</typeparam>
public sealed record BareCall<TModel>(Uri BaseAddress, string Path, IReadOnlyDictionary<string, string> Headers, JsonTypeInfo<TModel> TypeInfo);
