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
}
