using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Polympics.Callbacks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Guildhall.Polympics.AspNetCore;

/// <summary>Maps an endpoint that receives the Polympics server's callbacks.</summary>
public static class PolympicsCallbackEndpoints
{
    /// <summary>
    /// Maps <c>POST {pattern}</c> to receive <c>account_team_update</c> callbacks. A call without
    /// <c>Authorization: Bearer {secret}</c> gets 401, a body over the limit 413, a body that is not the event 400, and a
    /// verified event runs <see cref="PolympicsCallbackOptions.OnAccountTeamUpdate"/> and gets 204. (The server ignores
    /// the answer and never retries, so a failing handler loses the event.)
    /// </summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="pattern">The path registered as the callback URL, for example <c>/polympics/callback</c>.</param>
    /// <param name="configure">Sets the secret and the handler.</param>
    /// <exception cref="ArgumentException">The secret or the handler is missing.</exception>
    public static RouteHandlerBuilder MapPolympicsCallbacks(this IEndpointRouteBuilder endpoints, string pattern, Action<PolympicsCallbackOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new PolympicsCallbackOptions();
        configure(options);
        options.Validate();
        var verifier = new PolympicsCallbackVerifier(options.Secret);
        var logger = endpoints.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger("Guildhall.Polympics.AspNetCore") ?? NullLogger.Instance;
        // An inline lambda, so the request delegate generator binds it at build time (trimmed and AOT-safe).
        return endpoints.MapPost(pattern, (HttpContext context, CancellationToken cancellationToken) =>
            ReceiveAsync(context, options, verifier, logger, cancellationToken));
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, PolympicsCallbackOptions options, PolympicsCallbackVerifier verifier, ILogger logger, CancellationToken cancellationToken)
    {
        if (!verifier.IsAuthorized(context.Request.Headers.Authorization.ToString()))
        {
            PolympicsCallbackLog.Unauthorized(logger, context.Connection.RemoteIpAddress?.ToString());
            return Results.Unauthorized();
        }

        var body = await ReadBodyAsync(context.Request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            PolympicsCallbackLog.Malformed(logger, $"the body is larger than {options.MaxBodyBytes} bytes");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Models.PolympicsAccountTeamUpdateEvent update;
        try
        {
            update = PolympicsCallbackParser.ParseAccountTeamUpdate(body);
        }
        catch (FormatException exception)
        {
            PolympicsCallbackLog.Malformed(logger, exception.Message);
            // Written from a JSON node, not an anonymous object, so no serializer metadata is needed (trimmed and AOT-safe).
            return Results.Content(new JsonObject { ["error"] = exception.Message }.ToJsonString(), "application/json", Encoding.UTF8, StatusCodes.Status400BadRequest);
        }

        PolympicsCallbackLog.Received(logger, update.Account.Id, update.Team?.Id);
        await options.OnAccountTeamUpdate!(new PolympicsAccountTeamUpdateContext(update, context)).ConfigureAwait(false);
        return Results.NoContent();
    }

    /// <summary>Reads the body, or returns <see langword="null"/> as soon as it proves longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
