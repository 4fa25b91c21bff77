using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Redis.Tests;

/// <summary>
/// A load balancer on Kestrel: each request goes to the next target in turn, and every Nth answer is lost on the way back
/// (the caller gets a 502 although the target handled the request), as a dropped connection would.
/// </summary>
internal sealed class RoundRobinBalancer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new();
    private readonly IReadOnlyList<Uri> _targets;
    private readonly int _loseEvery;
    private int _requests;
    private int _lost;

    private RoundRobinBalancer(WebApplication app, IReadOnlyList<Uri> targets, int loseEvery)
    {
        _app = app;
        _targets = targets;
        _loseEvery = loseEvery;
    }

    public Uri Address { get; private set; } = null!;

    public int LostReplies => Volatile.Read(ref _lost);

    public static async Task<RoundRobinBalancer> StartAsync(IReadOnlyList<Uri> targets, int loseEveryNthReply)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var balancer = new RoundRobinBalancer(app, targets, loseEveryNthReply);
        app.Run(balancer.ForwardAsync);
        await app.StartAsync();
        balancer.Address = new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return balancer;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _http.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref _requests);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        using var forward = new HttpRequestMessage(HttpMethod.Post, _targets[(number - 1) % _targets.Count]) { Content = new ByteArrayContent(body.ToArray()) };
        forward.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
        if (context.Request.Headers.Authorization is { Count: > 0 } authorization)
        {
            forward.Headers.TryAddWithoutValidation("Authorization", authorization.ToString());
        }

        using var answer = await _http.SendAsync(forward);
        var content = await answer.Content.ReadAsByteArrayAsync();
        if (number % _loseEvery == 0)
        {
            Interlocked.Increment(ref _lost);
            context.Response.StatusCode = (int)HttpStatusCode.BadGateway;
            return;
        }

        context.Response.StatusCode = (int)answer.StatusCode;
        await context.Response.Body.WriteAsync(content);
    }
}
