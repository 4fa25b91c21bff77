using System.Globalization;
using Guildhall.Core.Errors;
using Guildhall.Core.RateLimiting;
using Guildhall.TopGg;

namespace Guildhall.LoadDriver;

/// <summary>
/// Drives one Top.gg route with several concurrent callers for a while, each sending its next call as soon as the
/// limiter lets it, and counts what came back: answers, the server's 429s, the limiter's local refusals, other errors.
/// </summary>
internal static class TopGgLoad
{
    public static async Task<string> RunAsync(DriverArguments arguments, IRateLimitStore store)
    {
        var route = arguments.Require("route");
        if (route is not ("weekend" or "bots"))
        {
            throw new ArgumentException("--route must be weekend or bots.");
        }

        await using var client = new TopGgClient(arguments.Require("token"), new TopGgClientOptions
        {
            BaseAddress = new Uri(arguments.Require("base-url")),
            RateLimitStore = store,
            Retry = new Core.RetryOptions { MaxRetries = 0 },
        });
        var until = TimeProvider.System.GetTimestamp() + (long)(arguments.Number("seconds") * (double)TimeProvider.System.TimestampFrequency);
        var counts = new Counts();
        await Task.WhenAll(Enumerable.Range(0, arguments.Number("callers")).Select(_ => Task.Run(async () =>
        {
            while (TimeProvider.System.GetTimestamp() < until)
            {
                await CallAsync(client, route, counts).ConfigureAwait(false);
            }
        }))).ConfigureAwait(false);
        return counts.ToJson();
    }

    private static async Task CallAsync(TopGgClient client, string route, Counts counts)
    {
        try
        {
            if (route == "bots")
            {
                await client.Bots.GetStatsAsync().ConfigureAwait(false);
            }
            else
            {
                await client.IsWeekendAsync().ConfigureAwait(false);
            }

            Interlocked.Increment(ref counts.Ok);
        }
        catch (ApiRateLimitedException exception)
        {
            Interlocked.Increment(ref exception.IsClientSide ? ref counts.Refused : ref counts.TooManyRequests);
        }
        catch (Exception exception) when (exception is GuildhallApiException or HttpRequestException or TimeoutException)
        {
            Interlocked.Increment(ref counts.Errors);
            Interlocked.CompareExchange(ref counts.FirstError, exception.GetType().Name + ": " + exception.Message, null);
        }
    }

    /// <summary>The tallies, updated by every caller at once.</summary>
    private sealed class Counts
    {
#pragma warning disable CA1051 // Fields, so the callers can update them with Interlocked.
        public int Ok;
        public int TooManyRequests;
        public int Refused;
        public int Errors;
        public string? FirstError;
#pragma warning restore CA1051

        public string ToJson() => string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"ok":{{Ok}},"server_429":{{TooManyRequests}},"refused":{{Refused}},"errors":{{Errors}},"first_error":{{System.Text.Json.JsonSerializer.Serialize(FirstError)}}}""");
    }
}
