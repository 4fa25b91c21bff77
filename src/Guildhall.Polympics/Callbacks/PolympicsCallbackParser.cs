using System.Text.Json;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Callbacks;

/// <summary>Reads the bodies of the server's callbacks. Verify the sender first with <see cref="PolympicsCallbackVerifier"/>.</summary>
public static class PolympicsCallbackParser
{
    /// <summary>Reads an <c>account_team_update</c> body: <c>{"account": Account, "team": Team|null}</c>.</summary>
    /// <param name="body">The UTF-8 body.</param>
    /// <exception cref="FormatException">The body is not such an event (malformed, truncated, or without an account).</exception>
    public static PolympicsAccountTeamUpdateEvent ParseAccountTeamUpdate(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, PolympicsJsonContext.Default.PolympicsAccountTeamUpdateEvent) ?? throw NotAnEvent(null);
        }
        catch (JsonException exception)
        {
            throw NotAnEvent(exception);
        }
    }

    /// <summary>Reads an <c>account_team_update</c> body from a stream, such as a request body.</summary>
    /// <param name="body">The body.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="FormatException">The body is not such an event.</exception>
    public static async ValueTask<PolympicsAccountTeamUpdateEvent> ParseAccountTeamUpdateAsync(Stream body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await JsonSerializer.DeserializeAsync(body, PolympicsJsonContext.Default.PolympicsAccountTeamUpdateEvent, cancellationToken).ConfigureAwait(false)
                ?? throw NotAnEvent(null);
        }
        catch (JsonException exception)
        {
            throw NotAnEvent(exception);
        }
    }

    private static FormatException NotAnEvent(JsonException? cause) =>
        new($"The callback body is not an account_team_update event{(cause is null ? "" : ": " + cause.Message)}", cause);
}
