namespace Guildhall.Core.Credentials;

/// <summary>
/// Authenticates requests. Asked on every attempt, so a provider can hand out a refreshed OAuth token or a rotated key
/// without the client being rebuilt. Implementations must never log or expose the secret they hold.
/// </summary>
public interface ICredentialProvider
{
    /// <summary>Adds the credentials (usually the <c>Authorization</c> header) to an outgoing request.</summary>
    /// <param name="request">The request about to be sent.</param>
    /// <param name="cancellationToken">Cancels the call (for example while a token is being refreshed).</param>
    ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>
    /// Called once when the API answered 401 to a request this provider authenticated. Return <see langword="true"/>
    /// after renewing the credentials (the request is then sent once more), <see langword="false"/> to surface the 401.
    /// </summary>
    /// <param name="cancellationToken">Cancels the renewal.</param>
    ValueTask<bool> TryRenewAfterUnauthorizedAsync(CancellationToken cancellationToken) => ValueTask.FromResult(false);

    /// <summary>
    /// Called once when the API answered 401 to <paramref name="rejectedRequest"/>, a request this provider authenticated.
    /// The request has been sent (its content is disposed) but its headers are readable, so a provider that rotates
    /// tokens can tell a stale token, already replaced while the request was in flight, from its current one and renew
    /// only once however many concurrent requests were refused. By default it calls <see cref="TryRenewAfterUnauthorizedAsync(CancellationToken)"/>.
    /// </summary>
    /// <param name="rejectedRequest">The refused request.</param>
    /// <param name="cancellationToken">Cancels the renewal.</param>
    ValueTask<bool> TryRenewAfterUnauthorizedAsync(HttpRequestMessage rejectedRequest, CancellationToken cancellationToken) =>
        TryRenewAfterUnauthorizedAsync(cancellationToken);
}
