using System.Net;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core;
using Guildhall.Core.Credentials;
using Guildhall.Core.Json;
using Guildhall.Core.RateLimiting;
using Guildhall.Tatsu.Json;
using Guildhall.Tatsu.Models;
using Microsoft.Extensions.Logging;

namespace Guildhall.Tatsu;

/// <summary>
/// What the Tatsu client and its sub-clients share on top of Core's connection: the raw key, the key's bucket (60
/// requests a minute, corrected by <c>X-RateLimit-*</c>), Tatsu's error body, and reading answers so every model keeps
/// its raw JSON.
/// </summary>
internal sealed class TatsuConnection : ApiConnection
{
    public const string ApiName = "tatsu";

    /// <summary>Validates the options and builds the transport.</summary>
    /// <param name="httpClient">The client to send with; null creates and owns one.</param>
    /// <param name="options">The settings; read now, so later changes do not affect the connection.</param>
    public TatsuConnection(HttpClient? httpClient, TatsuClientOptions options)
        : base(httpClient, TransportOptions(options), typeof(TatsuClient))
    {
        Rule = RuleFor(options);
        Logger = CreateLogger("Guildhall.Tatsu");
    }

    /// <summary>The key's bucket: every call counts against it, whichever client instance makes it.</summary>
    public RateLimitRule Rule { get; }

    public ILogger Logger { get; }

    /// <summary>The bucket of the options' API key, for the connection and for <see cref="TatsuClient.DescribeRateLimits"/>.</summary>
    public static RateLimitRule RuleFor(TatsuClientOptions options) =>
        new(RateLimitPartition.BucketKey(ApiName, RateLimitPartition.FromSecret(options.ApiKey!)), options.RequestsPerMinute, TimeSpan.FromMinutes(1));

    protected override IReadOnlyList<RateLimitRule> DefaultRateLimits => [Rule];

    /// <summary>Reads the answer straight from its body; the model keeps the body's JSON, built into an element only when read.</summary>
    public Task<T> GetAsync<T>(string path, string operation, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class, IKeepsRawJson =>
        SendJsonAsync(CreateRequest(HttpMethod.Get, path, operation), typeInfo, KeepRaw, cancellationToken);

    /// <summary>
    /// Sends one change. The transport repeats it only after a 429 (PATCH is not idempotent). A 204 answers null: the
    /// change was applied but the API sent no state back.
    /// </summary>
    public async Task<T?> PatchAsync<T>(string path, string operation, TatsuChangeAction action, int amount, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class, IKeepsRawJson
    {
        var body = ApiContent.Json(new TatsuChangeRequest { Action = action, Amount = amount }, TatsuJsonContext.Default.TatsuChangeRequest);
        var response = await SendAsync(CreateRequest(HttpMethod.Patch, path, operation, body), cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NoContent ? null : KeepRaw(response.ReadJson(typeInfo, operation, out var raw), raw);
    }

    /// <summary>Checks the options before the key is read into the credential, so a bad key fails with its own name.</summary>
    private static ApiTransportOptions TransportOptions(TatsuClientOptions options)
    {
        options.Validate();
        return options.ToTransportOptions(
            new AuthorizationHeaderCredential(options.ApiKey!),
            new TatsuErrorReader(options.TimeProvider ?? TimeProvider.System),
            RateLimitHeaders.XRateLimit(TimeSpan.FromMinutes(1)));
    }

    private static T KeepRaw<T>(T model, RawJson raw)
        where T : IKeepsRawJson
    {
        model.KeepRaw(raw);
        return model;
    }
}
