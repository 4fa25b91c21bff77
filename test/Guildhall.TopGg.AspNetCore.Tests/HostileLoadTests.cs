using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Guildhall.TopGg.Webhooks;
using Guildhall.TopGg.Tests.Webhooks;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.AspNetCore.Tests;

/// <summary>
/// The receiver on real Kestrel under what the internet sends a public endpoint: valid votes mixed with retries, forged
/// and malformed deliveries, bodies past the limit, credentials that do not match, and connections that trickle their
/// headers and never finish, all at once from many connections. Every valid vote reaches the handler exactly once,
/// nothing else reaches it, each delivery gets its documented status, and nothing is retained beyond the votes.
/// </summary>
public sealed class HostileLoadTests
{
    private const int VotesPerKind = 150;
    private const int Connections = 32;
    private const int SlowLorisSockets = 40;

    private enum Kind
    {
        SignedVote,
        SignedRetry,
        LegacyVote,
        LegacyRetry,
        Forged,
        WrongAuthorization,
        MissingCredentials,
        Malformed,
        Oversized,
        StaleSignature,
    }

    private static readonly Dictionary<Kind, HttpStatusCode[]> Documented = new()
    {
        // A retry that races its original may land first, and a handler still running at the reply deadline on a busy
        // machine answers 202: every one of these is documented, and the handler runs once either way (what is counted).
        [Kind.SignedVote] = [HttpStatusCode.NoContent, HttpStatusCode.OK, HttpStatusCode.Accepted],
        [Kind.SignedRetry] = [HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.Accepted],
        [Kind.LegacyVote] = [HttpStatusCode.NoContent, HttpStatusCode.OK, HttpStatusCode.Accepted],
        [Kind.LegacyRetry] = [HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.Accepted],
        [Kind.Forged] = [HttpStatusCode.Forbidden],
        [Kind.WrongAuthorization] = [HttpStatusCode.Unauthorized],
        [Kind.MissingCredentials] = [HttpStatusCode.Unauthorized],
        [Kind.Malformed] = [HttpStatusCode.BadRequest],
        [Kind.Oversized] = [HttpStatusCode.RequestEntityTooLarge],
        [Kind.StaleSignature] = [HttpStatusCode.Forbidden],
    };

    [Fact]
    public async Task A_flood_of_mixed_deliveries_hands_every_valid_vote_over_once_and_nothing_else()
    {
        var handled = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        await using var listener = new TopGgWebhookListener("http://127.0.0.1:0", options =>
            {
                options.Secret = Secret;
                options.Authorization = WebhookSamples.Authorization;
            })
            .MapWebhooks("/topgg")
            .OnEvent((webhookEvent, _) =>
            {
                handled.AddOrUpdate(Identify(webhookEvent), 1, (_, count) => count + 1);
                return ValueTask.CompletedTask;
            });
        await listener.StartAsync();
        var address = Assert.Single(listener.Addresses);
        _ = Oversized.Length;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        var loris = await OpenSlowLorisAsync(address);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections }) { BaseAddress = address };
        var deliveries = Deliveries().OrderBy(_ => Random.Shared.Next()).ToList();
        var answers = new ConcurrentBag<(Kind Kind, HttpStatusCode Status)>();
        await Parallel.ForEachAsync(deliveries, new ParallelOptions { MaxDegreeOfParallelism = Connections }, async (delivery, cancellationToken) =>
        {
            using var request = delivery.Build();
            using var response = await http.SendAsync(request, cancellationToken);
            answers.Add((delivery.Kind, response.StatusCode));
        });
        foreach (var socket in loris)
        {
            socket.Dispose();
        }

        Assert.All(answers, answer => Assert.Contains(answer.Status, Documented[answer.Kind]));
        var expected = Enumerable.Range(0, VotesPerKind).Select(index => "vote:" + VoteId(index))
            .Concat(Enumerable.Range(0, VotesPerKind).Select(index => "legacy:" + VoterId(index)));
        Assert.Equal(expected.Order(StringComparer.Ordinal), handled.Keys.Order(StringComparer.Ordinal));
        Assert.All(handled, pair => Assert.Equal(1, pair.Value));
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        // Three hundred remembered deliveries and warmed pools: far below what keeping the 10 MB of oversized bodies sent,
        // or the rejected deliveries, would leave.
        Assert.True(retained < 8 * 1024 * 1024, $"{retained:N0} bytes retained after the flood");
    }

    private static IEnumerable<Delivery> Deliveries()
    {
        for (var index = 0; index < VotesPerKind; index++)
        {
            var signed = SignedVote(index);
            var signature = TopGgWebhookSignature.Create(Encoding.UTF8.GetBytes(signed), Secret, DateTimeOffset.UtcNow);
            var legacy = LegacyVote(index);
            yield return new Delivery(Kind.SignedVote, signed, Signature: signature);
            yield return new Delivery(Kind.SignedRetry, signed, Signature: signature);
            yield return new Delivery(Kind.LegacyVote, legacy, AuthorizationHeader: WebhookSamples.Authorization);
            yield return new Delivery(Kind.LegacyRetry, legacy, AuthorizationHeader: WebhookSamples.Authorization);
            yield return new Delivery(Kind.Forged, signed, Signature: TopGgWebhookSignature.Create(Encoding.UTF8.GetBytes(signed), Secret + "-guess", DateTimeOffset.UtcNow));
            yield return new Delivery(Kind.WrongAuthorization, legacy, AuthorizationHeader: WebhookSamples.Authorization + "-guess");
            yield return new Delivery(Kind.MissingCredentials, legacy);
            var broken = signed[..(signed.Length / 2)];
            yield return new Delivery(Kind.Malformed, broken, Signature: TopGgWebhookSignature.Create(Encoding.UTF8.GetBytes(broken), Secret, DateTimeOffset.UtcNow));
            yield return new Delivery(Kind.Oversized, Oversized, Signature: OversizedSignature);
            yield return new Delivery(Kind.StaleSignature, signed, Signature: TopGgWebhookSignature.Create(Encoding.UTF8.GetBytes(signed), Secret, DateTimeOffset.UtcNow.AddHours(-1)));
        }
    }

    // Connections that send part of a request's headers, a byte at a time, and never finish: Kestrel must keep serving
    // everyone else while they hang.
    private static async Task<List<Socket>> OpenSlowLorisAsync(Uri address)
    {
        var sockets = new List<Socket>();
        for (var index = 0; index < SlowLorisSockets; index++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(IPAddress.Loopback, address.Port);
            await socket.SendAsync(Encoding.ASCII.GetBytes("POST /topgg HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\nX-Slow: "));
            sockets.Add(socket);
        }

        return sockets;
    }

    // One oversized body, shared, so the test's own memory does not hide what the receiver keeps.
    private static readonly string Oversized = "{\"pad\":\"" + new string('x', TopGgWebhookOptions.DefaultMaxBodyBytes) + "\"}";
    private static readonly string OversizedSignature = TopGgWebhookSignature.Create(Encoding.UTF8.GetBytes(Oversized), Secret, DateTimeOffset.UtcNow);

    private static string Identify(TopGgWebhookEvent webhookEvent) => webhookEvent switch
    {
        VoteCreateEvent vote => "vote:" + vote.VoteId,
        LegacyBotVoteEvent legacy => "legacy:" + legacy.VoterId,
        _ => "unexpected:" + webhookEvent.GetType().Name,
    };

    private static ulong VoteId(int index) => 808499215864008704UL + (ulong)index;

    private static ulong VoterId(int index) => 661200758510977084UL + (ulong)index;

    private static string SignedVote(int index) =>
        VoteCreate.Trim().Replace("\"id\":\"808499215864008704\"", $"\"id\":\"{VoteId(index)}\"", StringComparison.Ordinal);

    private static string LegacyVote(int index) =>
        LegacyBotVote.Replace("\"user\":\"661200758510977084\"", $"\"user\":\"{VoterId(index)}\"", StringComparison.Ordinal);

    private sealed record Delivery(Kind Kind, string Body, string? Signature = null, string? AuthorizationHeader = null)
    {
        public HttpRequestMessage Build()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/topgg") { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
            if (Signature is not null)
            {
                request.Headers.TryAddWithoutValidation(TopGgWebhookSignature.HeaderName, Signature);
                request.Headers.TryAddWithoutValidation(TopGgWebhookSignature.TraceHeaderName, "trace-" + Kind);
            }

            if (AuthorizationHeader is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", AuthorizationHeader);
            }

            return request;
        }
    }
}
