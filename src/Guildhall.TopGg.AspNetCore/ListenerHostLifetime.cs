using Microsoft.Extensions.Hosting;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>
/// The standalone listener's host lifetime: it leaves the process's signals alone. The default console lifetime would
/// take over Ctrl+C and SIGTERM from the moment the listener starts and only flag a stop that nothing carries out, so a
/// bot that embeds the listener with <c>StartAsync</c> could no longer be stopped. <see cref="TopGgWebhookListener.RunAsync"/>
/// handles the signals itself, for as long as it runs.
/// </summary>
internal sealed class ListenerHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
