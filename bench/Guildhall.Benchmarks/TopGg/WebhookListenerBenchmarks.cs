using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;

namespace Guildhall.Benchmarks.TopGg;

/// <summary>
/// Votes per second a <see cref="TopGgWebhookListener"/> accepts over loopback Kestrel: batches of
/// <see cref="BatchSize"/> deliveries, <see cref="Concurrency"/> in flight, each with its own vote (so none is
/// deduplicated), verified, parsed, deduplicated and handed to an inline handler that counts it. V2 deliveries are
/// signed per request, as Top.gg signs them. Votes per second = 1 / (time per operation). The baseline is
/// <see cref="BareVoteEndpoint"/> under the same load, so every run's table has the listener's ratio to the floor.
/// </summary>
[MemoryDiagnoser]
public class WebhookListenerBenchmarks
{
    private const int BatchSize = 512;
    private const string Authorization = VoteReceiverRun.Authorization;
    private const string Secret = VoteReceiverRun.Secret;

    private TopGgWebhookListener _listener = null!;
    private WebApplication _bare = null!;
    private HttpClient _client = null!;
    private Uri _listenerUrl = null!;
    private Uri _bareUrl = null!;
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
        _listener = VoteReceiverRun.CountingListener("http://127.0.0.1:0", () => Interlocked.Increment(ref _handled));
        await _listener.StartAsync();
        _listenerUrl = new Uri(_listener.Addresses[0], "/dbl");
        _bare = BareVoteEndpoint.Create("http://127.0.0.1:0", "/dbl", Authorization, Secret);
        await _bare.StartAsync();
        _bareUrl = new Uri(new Uri(_bare.Urls.First()), "/dbl");
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency });
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        _client.Dispose();
        await _listener.DisposeAsync();
        await _bare.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize, Description = "bare Kestrel endpoint")]
    public Task BareEndpoint() => DeliverBatchAsync(_bareUrl);

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "TopGgWebhookListener")]
    public Task AcceptVotes() => DeliverBatchAsync(_listenerUrl);

    private async Task DeliverBatchAsync(Uri url)
    {
        await Parallel.ForAsync(0, BatchSize, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (_, cancellationToken) =>
        {
            using var request = Format == "v2" ? SignedVote(url) : LegacyVote(url);
            using var response = await _client.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.NoContent)
            {
                throw new InvalidOperationException($"The listener answered {(int)response.StatusCode}.");
            }
        });
    }

    private HttpRequestMessage LegacyVote(Uri url)
    {
        var request = Post(url, VoteBodies.Legacy(100_000_000_000_000_000 + Interlocked.Increment(ref _sequence)));
        request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        return request;
    }

    private HttpRequestMessage SignedVote(Uri url)
    {
        var body = VoteBodies.VoteCreate(808_499_215_864_008_704 + Interlocked.Increment(ref _sequence));
        var request = Post(url, body);
        request.Headers.TryAddWithoutValidation(TopGgWebhookSignature.HeaderName, TopGgWebhookSignature.Create(Encoding.UTF8.GetBytes(body), Secret, TimeProvider.System.GetUtcNow()));
        request.Headers.TryAddWithoutValidation(TopGgWebhookSignature.TraceHeaderName, "bench");
        return request;
    }

    private static HttpRequestMessage Post(Uri url, string body) => new(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
