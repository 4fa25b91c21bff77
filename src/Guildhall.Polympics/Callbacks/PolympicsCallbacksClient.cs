using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Polympics.Http;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Callbacks;

/// <summary>An app's event callbacks (<c>/callbacks</c>, <c>/callback/{event}</c>); only <see cref="PolympicsAppClient"/> has it.</summary>
public class PolympicsCallbacksClient : ApiSubClient
{
    private const string NoCallbackDetail = "No callback registered for this event.";

    internal PolympicsCallbacksClient(PolympicsConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected PolympicsCallbacksClient()
    {
    }

    private protected PolympicsConnection Connection => GetConnection<PolympicsConnection>();

    /// <summary>
    /// Registers the app's callback for an event, replacing any earlier one (<c>PUT /callback/{event}</c>). The server
    /// posts each event to <paramref name="url"/> with <c>Authorization: Bearer {secret}</c>; check it with
    /// <see cref="PolympicsCallbackVerifier"/>.
    /// </summary>
    /// <param name="eventType">The event.</param>
    /// <param name="url">An http or https URL whose host is an IP address or a domain with a top-level domain (the server refuses <c>localhost</c>).</param>
    /// <param name="secret">The secret the server sends back.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ApiValidationException">The server refused the URL.</exception>
    public virtual Task<PolympicsCallback> CreateAsync(PolympicsEventType eventType, Uri url, string secret, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("A callback URL must be an absolute http or https URL.", nameof(url));
        }

        PolympicsTextLimits.ThrowIfTooLong(url.OriginalString, PolympicsTextLimits.Callback, nameof(url));
        PolympicsTextLimits.ThrowIfTooLong(secret, PolympicsTextLimits.Callback, nameof(secret));
        return Connection.SendJsonAsync(HttpMethod.Put, Path(eventType), "polympics.callbacks.create", PolympicsJsonContext.Default.PolympicsCallback,
            cancellationToken, PolympicsConnection.Json(new PolympicsCallbackBody(url, secret), PolympicsJsonContext.Default.PolympicsCallbackBody));
    }

    /// <summary>All of the app's callbacks at once, event to URL (<c>GET /callbacks</c>, which is not paged). Events this version does not know are left out.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyDictionary<PolympicsEventType, Uri>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var body = await Connection.SendJsonAsync(HttpMethod.Get, "callbacks", "polympics.callbacks.list", PolympicsJsonContext.Default.PolympicsCallbackListBody, cancellationToken).ConfigureAwait(false);
        return body.Callbacks
            .Select(pair => (Event: PolympicsEventNames.Parse(pair.Key), Url: pair.Value))
            .Where(pair => pair.Event != PolympicsEventType.Unknown)
            .ToDictionary(pair => pair.Event, pair => pair.Url);
    }

    /// <summary>The app's callback for an event (<c>GET /callback/{event}</c>), or <see langword="null"/> when none is registered.</summary>
    /// <param name="eventType">The event.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<PolympicsCallback?> GetAsync(PolympicsEventType eventType, CancellationToken cancellationToken = default)
    {
        try
        {
            return await Connection.SendJsonAsync(HttpMethod.Get, Path(eventType), "polympics.callbacks.get", PolympicsJsonContext.Default.PolympicsCallback, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiNotFoundException exception) when (exception.ServerMessage == NoCallbackDetail)
        {
            return null;
        }
    }

    /// <summary>Removes the app's callback for an event (<c>DELETE /callback/{event}</c>).</summary>
    /// <param name="eventType">The event.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether a callback was registered.</returns>
    public virtual async Task<bool> DeleteAsync(PolympicsEventType eventType, CancellationToken cancellationToken = default)
    {
        try
        {
            await Connection.SendAsync(HttpMethod.Delete, Path(eventType), "polympics.callbacks.delete", cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ApiNotFoundException exception) when (exception.ServerMessage == NoCallbackDetail)
        {
            return false;
        }
    }

    private static string Path(PolympicsEventType eventType) => "callback/" + PolympicsEventNames.ToWire(eventType);
}
