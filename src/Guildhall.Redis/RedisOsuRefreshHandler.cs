using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// Makes an osu! token refresh happen once across every process that shares a Redis server. osu! rotates refresh tokens:
/// the first refresh with a refresh token revokes it, so a second process refreshing the same session would be refused
/// with <c>invalid_grant</c> and the session lost. Put this handler in the osu! client's HTTP pipeline (<see
/// cref="Core.ApiHttpClient.Create(DelegatingHandler[])"/>, or <c>AddOsuClient(...).AddHttpMessageHandler(...)</c>); it
/// passes every other request through untouched. For a <c>refresh_token</c> grant it takes a lease in Redis named by a
/// hash of the refresh token, with a fencing number that only grows: the holder sends the request and publishes osu!'s
/// answer; every other process presenting the same refresh token waits for that answer and gets it as its own response,
/// so exactly one request reaches osu!, all holders continue with the same new token, and an <c>invalid_grant</c> is
/// reported once to each of them. A holder that crashes loses its lease after <see cref="RedisOsuRefreshOptions.LeaseDuration"/>
/// and another process takes over; a holder whose lease expired before osu! answered cannot publish over the later
/// holder's answer (its fence is stale), and its answer goes to its own caller only. Answers that say nothing about the
/// refresh token (408, 429, 5xx, a network failure) are not shared: the lease is released and the next attempt asks again.
/// While Redis cannot be reached, <see cref="RedisOsuRefreshOptions.Outage"/> decides: fail closed (no request reaches
/// osu!) or refresh without a lease.
/// </summary>
public sealed class RedisOsuRefreshHandler : DelegatingHandler
{
    private const int Published = 2;
    private const int Leading = 1;
    private const string Part = "osu_refresh";

    private readonly IDatabase _database;
    private readonly RedisOsuRefreshOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly RedisOutageGuard _guard;

    /// <summary>Creates the handler.</summary>
    /// <param name="connection">A connection to the Redis server every process shares.</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public RedisOsuRefreshHandler(IConnectionMultiplexer connection, RedisOsuRefreshOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _options = options ?? new RedisOsuRefreshOptions();
        _options.Validate();
        _database = connection.GetDatabase();
        _clock = _options.TimeProvider ?? TimeProvider.System;
        _logger = _options.LoggerFactory?.CreateLogger(RedisLog.RefreshCategory) ?? NullLogger.Instance;
        _guard = new RedisOutageGuard(Part, _options.Outage);
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var refreshKey = await RefreshKeyAsync(request, cancellationToken).ConfigureAwait(false);
        if (refreshKey is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        RedisKey[] keys = [refreshKey + ":lease", refreshKey + ":fence", refreshKey + ":result"];
        var fenceLifetime = Milliseconds(_options.ResultLifetime + _options.LeaseDuration);
        while (true)
        {
            // Without a lease (Redis unreachable, local fallback) the refresh goes out on its own; null says so.
            var state = await _guard.RunAsync<RedisResult[]?>(
                async () => (RedisResult[])(await _database.ScriptEvaluateAsync(
                    RedisScripts.RefreshLease, keys, [Milliseconds(_options.LeaseDuration), fenceLifetime]).ConfigureAwait(false))!,
                () => ValueTask.FromResult<RedisResult[]?>(null),
                cancellationToken).ConfigureAwait(false);
            if (state is null)
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            switch ((int)state[0])
            {
                case Published:
                    RedisLog.RefreshJoined(_logger, (int)state[1]);
                    return Rebuild(request, (int)state[1], (string?)state[2], (byte[]?)state[3]);
                case Leading:
                    return await LeadAsync(request, keys, (long)state[1], cancellationToken).ConfigureAwait(false);
                default:
                    var leaseLeft = TimeSpan.FromMilliseconds(Math.Max(1, (long)state[1]));
                    await Task.Delay(leaseLeft < _options.PollInterval ? leaseLeft : _options.PollInterval, _clock, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task<HttpResponseMessage> LeadAsync(HttpRequestMessage request, RedisKey[] keys, long fence, CancellationToken cancellationToken)
    {
        RedisLog.RefreshLeaseTaken(_logger, fence);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ReleaseAsync(keys, fence).ConfigureAwait(false);
            throw;
        }

        var status = (int)response.StatusCode;
        if (!SaysSomethingAboutTheToken(response.StatusCode))
        {
            RedisLog.RefreshNotShared(_logger, status);
            await ReleaseAsync(keys, fence).ConfigureAwait(false);
            return response;
        }

        byte[] body;
        try
        {
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Nothing to publish: free the response's connection, and the lease for the next attempt.
            response.Dispose();
            await ReleaseAsync(keys, fence).ConfigureAwait(false);
            throw;
        }

        // osu! has answered and the old refresh token is spent: an outage now must not cost this caller the answer. The
        // others then find the lease expired and ask osu! themselves, as after a crashed holder.
        var published = 1L;
        await _guard.TryOnceAsync(
            async () => published = (long)(await _database.ScriptEvaluateAsync(
                RedisScripts.RefreshPublish,
                [keys[1], keys[0], keys[2]],
                [fence, status, response.Content.Headers.ContentType?.ToString() ?? "", body, Milliseconds(_options.ResultLifetime)]).ConfigureAwait(false)),
            "unpublished").ConfigureAwait(false);
        if (published == 0)
        {
            RedisLog.RefreshLeaseLost(_logger, fence);
        }

        return response;
    }

    // A lease that cannot be released during an outage expires by itself after LeaseDuration.
    private async Task ReleaseAsync(RedisKey[] keys, long fence) =>
        await _guard.TryOnceAsync(
            async () => await _database.ScriptEvaluateAsync(RedisScripts.RefreshRelease, [keys[0]], [fence]).ConfigureAwait(false),
            "unreleased").ConfigureAwait(false);

    /// <summary>
    /// The key of the refresh that <paramref name="request"/> asks for: a hash over the site, the client and the refresh
    /// token (never the token itself); <see langword="null"/> for any other request.
    /// </summary>
    private async Task<string?> RefreshKeyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post || request.Content is null || request.RequestUri is null
            || !request.RequestUri.AbsolutePath.EndsWith("/oauth/token", StringComparison.Ordinal))
        {
            return null;
        }

        var form = ReadForm(await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        if (!form.TryGetValue("grant_type", out var grant) || grant != "refresh_token" || !form.TryGetValue("refresh_token", out var refreshToken))
        {
            return null;
        }

        form.TryGetValue("client_id", out var clientId);
        var identity = string.Create(CultureInfo.InvariantCulture, $"guildhall osu refresh\n{request.RequestUri.GetLeftPart(UriPartial.Path)}\n{clientId}\n{refreshToken}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        // The braces make the hash the keys' cluster hash tag, so one script can use all of them.
        return string.Create(CultureInfo.InvariantCulture, $"{_options.KeyPrefix}refresh:{{{hash}}}");
    }

    private static Dictionary<string, string> ReadForm(string body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = WebUtility.UrlDecode(equals < 0 ? pair : pair[..equals]);
            fields.TryAdd(name, equals < 0 ? "" : WebUtility.UrlDecode(pair[(equals + 1)..]));
        }

        return fields;
    }

    /// <summary>Whether osu! decided about the refresh token (a new token, or a refusal such as <c>invalid_grant</c>), so every holder must hear the same.</summary>
    private static bool SaysSomethingAboutTheToken(HttpStatusCode status) =>
        (int)status < 500 && status is not HttpStatusCode.RequestTimeout and not HttpStatusCode.TooManyRequests;

    private static HttpResponseMessage Rebuild(HttpRequestMessage request, int status, string? contentType, byte[]? body)
    {
        var content = new ByteArrayContent(body ?? []);
        if (!string.IsNullOrEmpty(contentType))
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return new HttpResponseMessage((HttpStatusCode)status) { Content = content, RequestMessage = request };
    }

    private static long Milliseconds(TimeSpan span) => (long)Math.Ceiling(span.TotalMilliseconds);
}
