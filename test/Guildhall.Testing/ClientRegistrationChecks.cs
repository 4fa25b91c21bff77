using Guildhall.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Guildhall.Testing;

/// <summary>
/// Checks a client's dependency-injection registration the same way for every client, in a real host and over real
/// HTTP to the API's sandbox: the named HTTP client uses Guildhall's primary handler (pooled connections recycled), is
/// never rotated and has no timeout of its own; a handler added with <c>AddHttpMessageHandler</c> (the per-request hook) sees the call; <c>services.Configure&lt;TOptions&gt;</c> is honoured (the base address set there is where the
/// call goes); the client reads the container's clock and logs through the container's logger factory; and wrong
/// options stop the host from starting. Every failure is collected and reported together.
/// </summary>
public static class ClientRegistrationChecks
{
    private static readonly TimeSpan CallBudget = TimeSpan.FromHours(1);

    /// <param name="registration">The registration to check.</param>
    /// <param name="apiBase">The API's base address on a running sandbox.</param>
    public static async Task VerifyAsync<TClient, TOptions>(ClientRegistration<TClient, TOptions> registration, Uri apiBase)
        where TClient : class
        where TOptions : ApiClientOptions
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(apiBase);
        var failures = new List<string>();
        await CheckRunningClientAsync(registration, apiBase, failures);
        await CheckValidationAtStartAsync(registration, apiBase, failures);
        Assert.True(failures.Count == 0, $"The {typeof(TClient).Name} registration is wrong:{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", failures));
    }

    private static async Task CheckRunningClientAsync<TClient, TOptions>(ClientRegistration<TClient, TOptions> registration, Uri apiBase, List<string> failures)
        where TClient : class
        where TOptions : ApiClientOptions
    {
        var clock = new TimerAwareClock(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
        using var logs = new CapturingLoggerProvider();
        var gate = new LoopbackGate(apiBase);
        using var host = BuildHost(registration, apiBase, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
            services.AddHttpClient(registration.HttpClientName).AddHttpMessageHandler(gate.CreateHandler);
        });
        await host.StartAsync();
        try
        {
            CheckHandler(host.Services, registration.HttpClientName, failures);
            var client = host.Services.GetRequiredService<TClient>();
            var answered = await CallThroughAsync(registration, client, gate, apiBase, clock, failures);
            if (answered && !logs.Lines.Any(line => line.Category.StartsWith("Guildhall.", StringComparison.Ordinal)))
            {
                failures.Add("the client wrote no log line through the container's logger factory");
            }

            if (answered)
            {
                await CheckClockAsync(registration, client, gate, clock, failures);
            }
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static void CheckHandler(IServiceProvider services, string name, List<string> failures)
    {
        var lifetime = services.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(name).HandlerLifetime;
        if (lifetime != Timeout.InfiniteTimeSpan)
        {
            failures.Add($"the handler of '{name}' is rotated every {lifetime}, which a singleton client never picks up (expected never)");
        }

        using (var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(name))
        {
            if (client.Timeout != Timeout.InfiniteTimeSpan)
            {
                failures.Add($"the HTTP client '{name}' gives up after {client.Timeout} on its own, inside the budget the client enforces (expected infinite)");
            }
        }

        HttpMessageHandler handler = services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(name);
        while (handler is DelegatingHandler { InnerHandler: { } inner })
        {
            handler = inner;
        }

        if (handler is not SocketsHttpHandler { PooledConnectionLifetime: var recycle } || recycle != ApiHttpClient.PooledConnectionLifetime)
        {
            failures.Add($"the primary handler of '{name}' is a {handler.GetType().Name} that does not recycle connections every {ApiHttpClient.PooledConnectionLifetime} (expected ApiHttpClient.CreateHandler)");
        }
    }

    /// <summary>Makes the call and checks it went through the named client to the configured base address.</summary>
    private static async Task<bool> CallThroughAsync<TClient, TOptions>(
        ClientRegistration<TClient, TOptions> registration, TClient client, LoopbackGate gate, Uri apiBase, TimerAwareClock clock, List<string> failures)
        where TClient : class
        where TOptions : ApiClientOptions
    {
        try
        {
            // A client that ignored the configured settings retries on its own schedule, and that schedule may run on the
            // container's fake clock: short waits are moved past, the call's budget is not.
            await clock.RunUntilCompleteAsync(registration.CallAsync(client, CancellationToken.None));
        }
        catch (Exception exception)
        {
            failures.Add(gate.Refused.FirstOrDefault() is { } elsewhere
                ? $"the call went to {elsewhere.GetLeftPart(UriPartial.Authority)} instead of the base address set with Configure<{typeof(TOptions).Name}> ({apiBase})"
                : $"the call failed: {exception.GetType().Name}: {exception.Message}");
            return false;
        }

        if (gate.Passed.Count == 0)
        {
            failures.Add($"the call did not go through the named HTTP client '{registration.HttpClientName}'");
            return false;
        }

        return true;
    }

    /// <summary>Holds the next call's requests and moves the container's clock past the call's budget: only a client on that clock gives up.</summary>
    private static async Task CheckClockAsync<TClient, TOptions>(
        ClientRegistration<TClient, TOptions> registration, TClient client, LoopbackGate gate, TimerAwareClock clock, List<string> failures)
        where TClient : class
        where TOptions : ApiClientOptions
    {
        gate.HoldRequests = true;
        var call = registration.CallAsync(client, CancellationToken.None);
        try
        {
            // The horizon reaches the call's deadline, so the clock jumps to it once the request is parked at the gate; a
            // client on another clock leaves no timer here and the run gives up after its bound.
            await clock.RunUntilAllCompleteAsync([call], horizon: CallBudget + CallBudget);
        }
        catch (TimeoutException)
        {
            failures.Add($"a call held past its {CallBudget} budget on the container's clock did not time out: the client does not read the container's TimeProvider");
            gate.Release();
            await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(10)));
            return;
        }

        if (call.Exception?.InnerException is not TimeoutException)
        {
            failures.Add($"a call held past its budget ended with {call.Exception?.InnerException?.GetType().Name ?? "success"} instead of a TimeoutException");
        }
    }

    private static async Task CheckValidationAtStartAsync<TClient, TOptions>(ClientRegistration<TClient, TOptions> registration, Uri apiBase, List<string> failures)
        where TClient : class
        where TOptions : ApiClientOptions
    {
        using var host = BuildHost(registration, apiBase, services =>
            services.Configure<TOptions>(options => options.Timeout = TimeSpan.FromSeconds(-5)));
        try
        {
            await host.StartAsync();
            await host.StopAsync();
            failures.Add($"a host whose {typeof(TOptions).Name} has a negative Timeout started: the options are not validated at start-up");
        }
        catch (OptionsValidationException exception) when (exception.Message.Contains("Timeout", StringComparison.Ordinal))
        {
            // The wrong setting stopped the start and was named.
        }
    }

    private static IHost BuildHost<TClient, TOptions>(ClientRegistration<TClient, TOptions> registration, Uri apiBase, Action<IServiceCollection> more)
        where TClient : class
        where TOptions : ApiClientOptions
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        registration.Register(builder.Services);

        // Set after the registration, as an application's configuration often is.
        builder.Services.Configure<TOptions>(options =>
        {
            options.BaseAddress = apiBase;
            options.Timeout = CallBudget;
            options.Retry = new RetryOptions { MaxRetries = 0 };
        });
        more(builder.Services);
        return builder.Build();
    }

    /// <summary>
    /// What the client's outermost handler does in these checks: it lets requests for the sandbox through (or holds
    /// them), and refuses any other host, so a registration that ignores the configured address never reaches a real
    /// service. The factory may build its handler more than once, so each build gets a fresh handler on this one state.
    /// </summary>
    private sealed class LoopbackGate(Uri apiBase)
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Uri ApiBase { get; } = apiBase;

        public List<Uri> Passed { get; } = [];

        public List<Uri> Refused { get; } = [];

        public bool HoldRequests { get; set; }

        public void Release() => _released.TrySetResult();

        public DelegatingHandler CreateHandler() => new Handler(this);

        private sealed class Handler(LoopbackGate gate) : DelegatingHandler
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var uri = request.RequestUri!;
                if (!uri.AbsoluteUri.StartsWith(gate.ApiBase.AbsoluteUri, StringComparison.Ordinal))
                {
                    lock (gate.Refused)
                    {
                        gate.Refused.Add(uri);
                    }

                    throw new HttpRequestException($"The registration checks only let requests for {gate.ApiBase} through.");
                }

                lock (gate.Passed)
                {
                    gate.Passed.Add(uri);
                }

                if (gate.HoldRequests)
                {
                    await gate._released.Task.WaitAsync(cancellationToken);
                }

                return await base.SendAsync(request, cancellationToken);
            }
        }
    }
}
