using Guildhall.Core;
using Guildhall.Core.Events;
using Guildhall.TopGg.Models;
using Microsoft.Extensions.Logging;

namespace Guildhall.TopGg.Http;

/// <summary>
/// What the Top.gg client and its sub-clients share on top of Core's connection: the token (the bot id is read from it),
/// the rate-limit buckets of its routes, the compatibility choices and the log the client writes.
/// </summary>
internal sealed class TopGgConnection : ApiConnection
{
    private readonly TopGgRateLimits _rateLimits;

    /// <summary>Validates the options and builds the transport.</summary>
    /// <param name="httpClient">The client to send with; null creates and owns one.</param>
    /// <param name="options">The settings; read now, so later changes do not affect the connection.</param>
    public TopGgConnection(HttpClient? httpClient, TopGgClientOptions options)
        : this(httpClient, options, Checked(options))
    {
    }

    private TopGgConnection(HttpClient? httpClient, TopGgClientOptions options, TopGgToken token)
        : base(httpClient, options.ToTransportOptions(new TopGgCredential(token, options.LegacyToken, options.BaseAddress), TopGgErrorReader.Shared), typeof(TopGgClient))
    {
        Token = token;
        Compatibility = options.Compatibility;
        _rateLimits = new TopGgRateLimits(token);
        Logger = CreateLogger("Guildhall.TopGg");
    }

    public TopGgToken Token { get; }

    public TopGgApiCompatibility Compatibility { get; }

    public ILogger Logger { get; }

    /// <summary>Builds a request with its operation name (below <c>topgg.</c>) and the buckets of its route.</summary>
    public ApiRequest Create(HttpMethod method, string path, string operation, TopGgRoute route, Func<HttpContent>? content = null, bool? safeToRetry = null) =>
        CreateRequest(method, path, "topgg." + operation, content, safeToRetry, rateLimits: _rateLimits.For(route));

    /// <summary>Raises a client event the way every Guildhall client does.</summary>
    public void Raise<TArgs>(EventHandler<TArgs>? handlers, object sender, TArgs args, string eventName) =>
        EventSubscribers.Raise(handlers, sender, args, Logger, eventName);

    /// <summary>Checks the options before the token is parsed, so a bad setting fails with its own name.</summary>
    private static TopGgToken Checked(TopGgClientOptions options)
    {
        options.Validate();
        return TopGgToken.Parse(options.Token!);
    }
}
