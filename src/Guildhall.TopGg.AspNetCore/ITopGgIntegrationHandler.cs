using Guildhall.TopGg.Webhooks;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>
/// Answers <c>integration.create</c>: store the connection id and its secret, then say where to deliver its events.
/// Register one with <see cref="TopGgWebhooksBuilder.AddIntegrationHandler{THandler}"/>. Without one, or when it
/// returns <see langword="null"/>, such deliveries are answered 501.
/// </summary>
public interface ITopGgIntegrationHandler
{
    /// <summary>Accepts a new connection and tells Top.gg where to deliver its events.</summary>
    /// <param name="integration">The connection, with its webhook secret.</param>
    /// <param name="cancellationToken">Cancelled at the reply deadline or when the application stops.</param>
    /// <returns>Where to deliver the connection's events, or <see langword="null"/> to decline it.</returns>
    ValueTask<IntegrationCreateReply?> HandleAsync(IntegrationCreateEvent integration, CancellationToken cancellationToken);
}
