using System.Net;
using Guildhall.Osu;

namespace Guildhall.Cli.Tour;

/// <summary>The authorization code flow as a browser runs it against the sandbox, which approves at once.</summary>
internal static class OsuTourSignIn
{
    /// <summary>Opens the authorize URL, follows the redirect to the callback and completes the flow.</summary>
    public static async Task<OsuClient> SignInAsync(HttpClient browser, OsuClientStorage storage, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        var request = storage.OAuth.CreateAuthorizationRequest(scopes);
        using var approval = await browser.GetAsync(request.Url, cancellationToken).ConfigureAwait(false);
        if (approval.StatusCode != HttpStatusCode.Redirect || approval.Headers.Location is not { } callback)
        {
            // What a browser meets when the page fails: an HTTP error, typed as HttpClient types it.
            throw new HttpRequestException($"/oauth/authorize answered {(int)approval.StatusCode} instead of a redirect.", null, approval.StatusCode);
        }

        return await storage.CompleteAuthorizationAsync(callback, request, cancellationToken).ConfigureAwait(false);
    }
}
