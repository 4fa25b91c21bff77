using Microsoft.Extensions.Hosting;

namespace Guildhall.TopGg.Autopost;

/// <summary>Runs a <see cref="TopGgAutoposter"/> for the lifetime of the host.</summary>
/// <param name="autoposter">The autoposter.</param>
public sealed class TopGgAutoposterHostedService(TopGgAutoposter autoposter) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => autoposter.StartAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => autoposter.StopAsync(cancellationToken);
}
