using System.Globalization;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Guildhall.Redis;
using Guildhall.Testing.Redis;
using Guildhall.TopGg.AspNetCore;
using StackExchange.Redis;

namespace Guildhall.Benchmarks.TopGg;

/// <summary>
/// Votes per second a <see cref="TopGgWebhookListener"/> accepts over loopback Kestrel with an inline handler that counts
/// the vote, against the durable mode, whose handler appends the vote to a Redis Stream (a throwaway redis-server on
/// loopback) before the 204. Legacy deliveries, batches of <see cref="BatchSize"/>, 32 in flight, each its own vote.
/// </summary>
[MemoryDiagnoser]
public class DurableVoteBenchmarks
{
    private const int BatchSize = 512;
    private const string Authorization = "bench-legacy-auth";

    private string _directory = null!;
    private RedisProcess _redisServer = null!;
    private ConnectionMultiplexer _redis = null!;
    private TopGgWebhookListener _listener = null!;
    private HttpClient _client = null!;
    private Uri _url = null!;
    private long _sequence;
    private long _handled;

    /// <summary>How the receiver handles a vote: <c>inline</c> (counts it) or <c>durable</c> (appends it to the stream).</summary>
    [Params("inline", "durable")]
    public string Mode { get; set; } = "inline";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _directory = Directory.CreateTempSubdirectory("guildhall-bench-redis-").FullName;
        _redisServer = RedisProcess.Start(RedisProcess.FreePort(), _directory);
        _redis = await RedisProcess.ConnectAsync(_redisServer.Endpoint);
        var writer = new RedisVoteStreamWriter(_redis, new RedisVoteStreamOptions { StreamKey = "bench:votes:" + Guid.NewGuid().ToString("N") });
        _listener = new TopGgWebhookListener("http://127.0.0.1:0", options => options.Authorization = Authorization)
            .MapBotVotes("/dbl")
            .OnVote(Mode == "durable"
                ? writer.AppendAsync
                : (_, _) =>
                {
                    Interlocked.Increment(ref _handled);
                    return ValueTask.CompletedTask;
                });
        await _listener.StartAsync();
        _url = new Uri(_listener.Addresses[0], "/dbl");
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32 });
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        _client.Dispose();
        await _listener.DisposeAsync();
        await _redis.DisposeAsync();
        await _redisServer.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "accepted votes")]
    public async Task AcceptVotes()
    {
        await Parallel.ForAsync(0, BatchSize, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (_, cancellationToken) =>
        {
            var voter = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(HttpMethod.Post, _url)
            {
                Content = new StringContent($$"""{"bot":"1","user":"{{voter}}","type":"upvote","isWeekend":false}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Authorization", Authorization);
            using var response = await _client.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.NoContent)
            {
                throw new InvalidOperationException($"The listener answered {(int)response.StatusCode}.");
            }
        });
    }
}
