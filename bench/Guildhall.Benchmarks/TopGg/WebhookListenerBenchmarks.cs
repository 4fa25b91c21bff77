using System.Globalization;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Webhooks;

namespace Guildhall.Benchmarks.TopGg;

/// <summary>
/// Votes per second a <see cref="TopGgWebhookListener"/> accepts over loopback Kestrel: batches of
/// <see cref="BatchSize"/> deliveries, <see cref="Concurrency"/> in flight, each with its own vote (so none is
/// deduplicated), verified, parsed, deduplicated and handed to an inline handler that counts it. V2 deliveries are
/// signed per request, as Top.gg signs them. Votes per second = 1 / (time per operation).
/// </summary>
[MemoryDiagnoser]
public class WebhookListenerBenchmarks
{
    private const int BatchSize = 512;
    private const string Authorization = "bench-legacy-auth";
    private const string Secret = "whs_bench_0123456789abcdef";
    private const string VoteCreatePrefix = "{\"type\":\"vote.create\",\"data\":{\"id\":\"";
    private const string VoteCreateSuffix = """
        ","weight":1,"created_at":"2026-02-09T00:47:14.2510149+00:00","expires_at":"2026-02-09T12:47:14.2510149+00:00","project":{"id":"803190510032756736","type":"bot","platform":"discord","platform_id":"160105994217586689"},"user":{"id":"3949456393249234923","platform_id":"661200758510977084","name":"username","avatar_url":"https://cdn.example/a.png"}}}
        """;

    private TopGgWebhookListener _listener = null!;
    private HttpClient _client = null!;
    private Uri _url = null!;
    private long _sequence;
    private long _handled;

    /// <summary>The delivery format.</summary>
    [Params("legacy", "v2")]
    public string Format { get; set; } = "legacy";

    /// <summary>Deliveries in flight at once (Top.gg sends many votes at once at the start of a month or a weekend).</summary>
    [Params(32)]
    public int Concurrency { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _listener = new TopGgWebhookListener("http://127.0.0.1:0", options =>
            {
                options.Authorization = Authorization;
                options.Secret = Secret;
            })
            .MapBotVotes("/dbl")
            .OnVote((_, _) =>
            {
                Interlocked.Increment(ref _handled);
                return ValueTask.CompletedTask;
            });
        await _listener.StartAsync();
        _url = new Uri(_listener.Addresses[0], "/dbl");
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency });
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        _client.Dispose();
        await _listener.DisposeAsync();
    }

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "accepted votes")]
    public async Task AcceptVotes()
    {
        await Parallel.ForAsync(0, BatchSize, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (_, cancellationToken) =>
        {
            using var request = Format == "v2" ? SignedVote() : LegacyVote();
            using var response = await _client.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.NoContent)
            {
                throw new InvalidOperationException($"The listener answered {(int)response.StatusCode}.");
            }
        });
    }

    private HttpRequestMessage LegacyVote()
    {
        var user = 100_000_000_000_000_000 + Interlocked.Increment(ref _sequence);
        var body = $$"""{"bot":"1026525568344264724","user":"{{user.ToString(CultureInfo.InvariantCulture)}}","type":"upvote","isWeekend":false,"query":"?ref=bench"}""";
        var request = Post(body);
        request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        return request;
    }

    private HttpRequestMessage SignedVote()
    {
        var id = 808_499_215_864_008_704 + Interlocked.Increment(ref _sequence);
        var body = VoteCreatePrefix + id.ToString(CultureInfo.InvariantCulture) + VoteCreateSuffix;
        var request = Post(body);
        request.Headers.TryAddWithoutValidation(TopGgWebhookSignature.HeaderName, TopGgWebhookSignature.Create(Encoding.UTF8.GetBytes(body), Secret, TimeProvider.System.GetUtcNow()));
        request.Headers.TryAddWithoutValidation(TopGgWebhookSignature.TraceHeaderName, "bench");
        return request;
    }

    private HttpRequestMessage Post(string body) => new(HttpMethod.Post, _url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
