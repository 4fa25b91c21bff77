using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>
/// A vote receiver with its own Kestrel server, for bots that do not host ASP.NET Core: chain routes and handlers,
/// then <see cref="StartAsync"/> (or <see cref="RunAsync"/>). Routes must be added before starting.
/// </summary>
/// <example>
/// <code>
/// await using var listener = new TopGgWebhookListener("http://0.0.0.0:8080")
///     .MapBotVotes("/dbl", options => options.Authorization = "dbl-secret")
///     .MapWebhooks("/topgg", options => options.Secret = "whs_...")
///     .OnVote(async (vote, ct) => await rewards.GrantAsync(vote.VoterId, vote.Weight, ct));
/// await listener.RunAsync(stoppingToken);
/// </code>
/// </example>
public sealed class TopGgWebhookListener : IAsyncDisposable
{
    private Func<TopGgWebhookEvent, CancellationToken, ValueTask>? _eventHandler;
    private Func<TopGgVoteEvent, CancellationToken, ValueTask>? _voteHandler;
    private Func<IntegrationCreateEvent, CancellationToken, ValueTask<IntegrationCreateReply?>>? _integrationHandler;
    private bool _started;

    /// <summary>Creates a listener; nothing listens until <see cref="StartAsync"/>.</summary>
    /// <param name="urls">Where to listen, for example <c>http://0.0.0.0:8080</c>; port 0 picks a free port (see <see cref="Addresses"/>). Several addresses are separated by <c>;</c>.</param>
    /// <param name="configure">The defaults of every route of this listener (credentials, processing mode).</param>
    /// <param name="configureServices">Adds or replaces services, for example an <see cref="IVoteDeduplicator"/>, a <see cref="TimeProvider"/>, or logging (the listener logs nowhere until a provider is added, for example <c>services.AddLogging(logging =&gt; logging.AddConsole())</c>).</param>
    public TopGgWebhookListener(string urls, Action<TopGgWebhookEndpointOptions>? configure = null, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(urls);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(TopGgWebhookListener).Assembly.GetName().Name });
        builder.WebHost.UseKestrel().UseUrls(urls);
        // A library must not write to the host's console on its own; add providers through configureServices.
        builder.Logging.ClearProviders();
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

    /// <summary>Starts listening.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        _started = true;
        return App.StartAsync(cancellationToken);
    }

    /// <summary>Stops listening, letting queued deliveries finish within the host's shutdown timeout.</summary>
    /// <param name="cancellationToken">Ends the graceful stop early.</param>
    public Task StopAsync(CancellationToken cancellationToken = default) => App.StopAsync(cancellationToken);

    /// <summary>Starts listening and runs until <paramref name="cancellationToken"/> is cancelled, then stops.</summary>
    /// <param name="cancellationToken">Stops the listener.</param>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancellation is how RunAsync is asked to stop.
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await App.StopAsync().ConfigureAwait(false);
        }

        await App.DisposeAsync().ConfigureAwait(false);
    }

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
