using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>
/// A vote receiver with its own Kestrel server, for bots that do not host ASP.NET Core: chain routes and handlers,
/// then <see cref="RunAsync"/> (or <see cref="StartAsync"/> and <see cref="StopAsync"/>). Routes must be added before
/// starting.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="RunAsync"/> stops like any .NET host: on its token, on Ctrl+C, SIGINT, SIGTERM or SIGQUIT, or when
/// <c>App.Lifetime.StopApplication()</c> is called. It then stops taking deliveries and lets the ones in flight (and the
/// queued ones) finish within the host's shutdown timeout, <see cref="HostOptions.ShutdownTimeout"/> (30 seconds unless
/// set with <c>services.Configure&lt;HostOptions&gt;(…)</c> in <c>configureServices</c>). A second signal ends the
/// process at once. A listener started with <see cref="StartAsync"/> leaves the process's signals to the application
/// that embeds it, which stops it with <see cref="StopAsync"/> or by disposing it.
/// </para>
/// <para>
/// Once started, the listener logs where it listens ("Listening for Top.gg webhooks on http://…/dbl", one line per
/// address and route, category <c>Guildhall.TopGg.Webhooks</c>) and <see cref="Addresses"/> has the bound addresses.
/// Like any library it writes to no console by itself: add a logging provider in <c>configureServices</c> to see its
/// lines.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// await using var listener = new TopGgWebhookListener("http://0.0.0.0:8080",
///         configureServices: services =&gt; services.AddLogging(logging =&gt; logging.AddConsole()))
///     .MapBotVotes("/dbl", options =&gt; options.Authorization = "dbl-secret")
///     .MapWebhooks("/topgg", options =&gt; options.Secret = "whs_...")
///     .OnVote(async (vote, ct) =&gt; await rewards.GrantAsync(vote.VoterId, vote.Weight, ct));
/// await listener.RunAsync();   // until Ctrl+C or SIGTERM
/// </code>
/// </example>
public sealed class TopGgWebhookListener : IAsyncDisposable
{
    private readonly List<string> _routes = [];
    private Func<TopGgWebhookEvent, CancellationToken, ValueTask>? _eventHandler;
    private Func<TopGgVoteEvent, CancellationToken, ValueTask>? _voteHandler;
    private Func<IntegrationCreateEvent, CancellationToken, ValueTask<IntegrationCreateReply?>>? _integrationHandler;
    private bool _started;
    private bool _stopped;

    /// <summary>Creates a listener; nothing listens until <see cref="StartAsync"/> or <see cref="RunAsync"/>.</summary>
    /// <param name="urls">Where to listen, for example <c>http://0.0.0.0:8080</c>; port 0 picks a free port (see <see cref="Addresses"/>). Several addresses are separated by <c>;</c>.</param>
    /// <param name="configure">The defaults of every route of this listener (credentials, processing mode).</param>
    /// <param name="configureServices">Adds or replaces services, for example an <see cref="IVoteDeduplicator"/>, a <see cref="TimeProvider"/>, the <see cref="HostOptions.ShutdownTimeout"/>, or logging (the listener logs nowhere until a provider is added, for example <c>services.AddLogging(logging =&gt; logging.AddConsole())</c>).</param>
    public TopGgWebhookListener(string urls, Action<TopGgWebhookEndpointOptions>? configure = null, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(urls);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(TopGgWebhookListener).Assembly.GetName().Name });
        builder.WebHost.UseKestrel().UseUrls(urls);
        // A library must not write to the host's console on its own; add providers through configureServices.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, ListenerHostLifetime>();
        configureServices?.Invoke(builder.Services);
        builder.Services.AddTopGgWebhooks(configure);
        App = builder.Build();
    }

    /// <summary>The underlying application: add routes or middleware to it before starting.</summary>
    public WebApplication App { get; }

    /// <summary>The addresses the listener is bound to, with real port numbers once started.</summary>
    public IReadOnlyList<Uri> Addresses =>
        App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Select(address => new Uri(address)).ToList() ?? [];

    /// <summary>Adds a route for bot votes, like topggpy's <c>dbl_webhook</c>.</summary>
    /// <param name="path">The route; default <c>/dbl</c>.</param>
    /// <param name="configure">This route's settings, for example its <see cref="TopGgWebhookOptions.Authorization"/>.</param>
    public TopGgWebhookListener MapBotVotes(string path = "/dbl", Action<TopGgWebhookEndpointOptions>? configure = null) => MapWebhooks(path, configure);

    /// <summary>Adds a route for server votes, like topggpy's <c>dsl_webhook</c>.</summary>
    /// <param name="path">The route; default <c>/dsl</c>.</param>
    /// <param name="configure">This route's settings, for example its <see cref="TopGgWebhookOptions.Authorization"/>.</param>
    public TopGgWebhookListener MapServerVotes(string path = "/dsl", Action<TopGgWebhookEndpointOptions>? configure = null) => MapWebhooks(path, configure);

    /// <summary>
    /// Adds a route that accepts every delivery: bot and server votes in either format, and the V2 events. (Bot and
    /// server routes differ only by their default paths; each takes both kinds.)
    /// </summary>
    /// <param name="path">The route.</param>
    /// <param name="configure">This route's settings.</param>
    /// <exception cref="InvalidOperationException">The listener already started.</exception>
    public TopGgWebhookListener MapWebhooks(string path, Action<TopGgWebhookEndpointOptions>? configure = null)
    {
        if (_started)
        {
            throw new InvalidOperationException("Routes must be added before the listener starts.");
        }

        _routes.Add(path);
        App.MapTopGgWebhooks(path, options =>
        {
            options.Handler = DispatchAsync;
            options.IntegrationHandler = ReplyToIntegrationAsync;
            configure?.Invoke(options);
        });
        return this;
    }

    /// <summary>Sets the handler of every delivery that is not a vote handled by <see cref="OnVote"/> (tests, integration deletions, unknown events).</summary>
    /// <param name="handler">The handler; throwing answers 500 so Top.gg retries.</param>
    public TopGgWebhookListener OnEvent(Func<TopGgWebhookEvent, CancellationToken, ValueTask> handler)
    {
        _eventHandler = handler ?? throw new ArgumentNullException(nameof(handler));
        return this;
    }

    /// <summary>Sets the handler of votes, whatever their format.</summary>
    /// <param name="handler">The handler; throwing answers 500 so Top.gg retries.</param>
    public TopGgWebhookListener OnVote(Func<TopGgVoteEvent, CancellationToken, ValueTask> handler)
    {
        _voteHandler = handler ?? throw new ArgumentNullException(nameof(handler));
        return this;
    }

    /// <summary>Sets the handler that answers <c>integration.create</c>.</summary>
    /// <param name="handler">Stores the connection and says where to deliver its events; <see langword="null"/> declines it (501).</param>
    public TopGgWebhookListener OnIntegrationCreate(Func<IntegrationCreateEvent, CancellationToken, ValueTask<IntegrationCreateReply?>> handler)
    {
        _integrationHandler = handler ?? throw new ArgumentNullException(nameof(handler));
        return this;
    }

    /// <summary>Starts listening, and logs where.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="IOException">An address cannot be bound (already in use, or not allowed).</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        _started = true;
        await App.StartAsync(cancellationToken).ConfigureAwait(false);
        foreach (var address in Addresses)
        {
            foreach (var route in _routes.DefaultIfEmpty("/"))
            {
                TopGgWebhookLog.Listening(Logger, new Uri(address, route));
            }
        }
    }

    /// <summary>Stops listening, letting deliveries in flight and queued ones finish within the host's shutdown timeout.</summary>
    /// <param name="cancellationToken">Ends the graceful stop early.</param>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await App.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Stopping again on dispose would wait out the shutdown timeout a second time for a drain that was cut off.
            _stopped = true;
        }
    }

    /// <summary>
    /// Starts listening and runs until <paramref name="cancellationToken"/> is cancelled, the process gets Ctrl+C,
    /// SIGINT, SIGTERM or SIGQUIT, or <c>App.Lifetime.StopApplication()</c> is called; then stops gracefully (see
    /// <see cref="StopAsync"/>) and returns.
    /// </summary>
    /// <param name="cancellationToken">Stops the listener.</param>
    /// <exception cref="IOException">An address cannot be bound (already in use, or not allowed).</exception>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var stopRequested = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (ShutdownSignals.Listen(signal => stopRequested.TrySetResult(signal)))
        using (cancellationToken.Register(() => stopRequested.TrySetResult("cancelled")))
        {
            await StartAsync(cancellationToken).ConfigureAwait(false);
            using (App.Lifetime.ApplicationStopping.Register(() => stopRequested.TrySetResult("stop requested")))
            {
                var reason = await stopRequested.Task.ConfigureAwait(false);
                TopGgWebhookLog.Stopping(Logger, reason, App.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
                await StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        TopGgWebhookLog.Stopped(Logger);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_started && !_stopped)
        {
            await StopAsync().ConfigureAwait(false);
        }

        await App.DisposeAsync().ConfigureAwait(false);
    }

    private ILogger Logger => App.Services.GetRequiredService<ILoggerFactory>().CreateLogger(TopGgWebhookLog.CategoryName);

    private ValueTask DispatchAsync(TopGgWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        if (webhookEvent is TopGgVoteEvent vote && _voteHandler is { } onVote)
        {
            return onVote(vote, cancellationToken);
        }

        return _eventHandler is { } onEvent ? onEvent(webhookEvent, cancellationToken) : ValueTask.CompletedTask;
    }

    private ValueTask<IntegrationCreateReply?> ReplyToIntegrationAsync(IntegrationCreateEvent integration, CancellationToken cancellationToken) =>
        _integrationHandler is { } handler ? handler(integration, cancellationToken) : ValueTask.FromResult<IntegrationCreateReply?>(null);
}
