using System.Net.Http.Headers;
using System.Text;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Tests.Webhooks;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Guildhall.Testing;

namespace Guildhall.TopGg.AspNetCore.Tests;

/// <summary>An in-memory application with webhook endpoints, a fake clock, and helpers to send signed or legacy deliveries.</summary>
internal sealed class WebhookTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookTestHost(WebApplication app, TimerAwareClock time)
    {
        _app = app;
        Time = time;
        Client = app.GetTestClient();
    }

    public TimerAwareClock Time { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<WebhookTestHost> StartAsync(
        Action<IEndpointRouteBuilder> map,
        Action<TopGgWebhookEndpointOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        Action<TopGgWebhookQueueOptions>? queue = null)
    {
        var time = new TimerAwareClock(WebhookSamples.Now);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(time);
        services?.Invoke(builder.Services);
        builder.Services.AddTopGgWebhooks(
            options =>
            {
                options.Secret = WebhookSamples.Secret;
                options.Authorization = WebhookSamples.Authorization;
                configure?.Invoke(options);
            },
            queue);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new WebhookTestHost(app, time);
    }

    /// <summary>Sends a V2 delivery signed now (by the fake clock).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string secret = WebhookSamples.Secret)
    {
        var request = Json(path, body);
        request.Headers.TryAddWithoutValidation(TopGgWebhookSignature.HeaderName, TopGgWebhookSignature.Create(Encoding.UTF8.GetBytes(body), secret, Time.GetUtcNow()));
        request.Headers.TryAddWithoutValidation(TopGgWebhookSignature.TraceHeaderName, "trace-" + Guid.NewGuid().ToString("N"));
        return Client.SendAsync(request);
    }

    /// <summary>Sends a legacy delivery.</summary>
    public Task<HttpResponseMessage> PostLegacyAsync(string path, string body, string? authorization = WebhookSamples.Authorization)
    {
        var request = Json(path, body);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static HttpRequestMessage Json(string path, string body) => new(HttpMethod.Post, path)
    {
        Content = new StringContent(body, new MediaTypeHeaderValue("application/json")),
    };
}
