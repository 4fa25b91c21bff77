using System.Text;
using Guildhall.Samples.TopGg;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Autopost;
using Guildhall.TopGg.Webhooks;

// A bot of 4 shards run as 2 clusters (2 processes in production, 2 objects here), each autoposting its own shards,
// plus a vote webhook receiver. Everything runs against the offline sandbox; for the real service, drop the sandbox,
// give TopGgClient your token (TOPGG_TOKEN) and the listener your webhook secret, and run one cluster per process.
//   dotnet run --project samples/Guildhall.Samples.TopGg
await using var sandbox = await SandboxHost.StartAsync();
var topgg = new TopGgClient(TopGgSandboxCredentials.Token, new TopGgClientOptions { BaseAddress = sandbox.GetApiBase("topgg/api") });

ShardedCluster[] clusters = [new(clusterId: 0, firstShard: 0, lastShard: 1, totalShards: 4), new(clusterId: 1, firstShard: 2, lastShard: 3, totalShards: 4)];
var autoposters = new List<TopGgAutoposter>();
var firstPosts = new List<Task>();
foreach (var cluster in clusters)
{
    var autoposter = new TopGgAutoposter(topgg, new TopGgAutoposterOptions
    {
        StatsProvider = cluster.ReadStatsAsync,
        Interval = TimeSpan.FromMinutes(30),
        // Clusters that start together spread their posts a little.
        FirstPostDelay = TimeSpan.FromSeconds(cluster.ClusterId),
    });
    var posted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    autoposter.Posted += (_, args) =>
    {
        Console.WriteLine($"cluster {cluster.ClusterId} (shards {cluster.FirstShard}-{cluster.LastShard}) posted {args.Stats.ServerCountByShard?.Count ?? 1} shard(s) at {args.PostedAt:T}");
        posted.TrySetResult();
    };
    autoposter.Failed += (_, args) => Console.WriteLine($"cluster {cluster.ClusterId}: {args.Exception.Message}; retrying at {args.NextAttemptAt:T}");
    await autoposter.StartAsync();
    autoposters.Add(autoposter);
    firstPosts.Add(posted.Task);
}

await Task.WhenAll(firstPosts);
var stats = await topgg.Bots.GetStatsAsync();
Console.WriteLine($"Top.gg adds the clusters up: {stats.ServerCount} servers over shards [{string.Join(", ", stats.Shards)}]");

const string Secret = "whs_sample_webhook_secret";
var voted = new TaskCompletionSource<TopGgVoteEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
await using var listener = new TopGgWebhookListener("http://127.0.0.1:0", options => options.Secret = Secret)
    .MapWebhooks("/topgg")
    .OnVote((vote, _) =>
    {
        voted.TrySetResult(vote);
        return ValueTask.CompletedTask;
    });
await listener.StartAsync();

using var admin = sandbox.CreateClient("_sandbox/topgg");
var delivery = $$"""{"url":"{{new Uri(listener.Addresses[0], "/topgg")}}","format":"v2","secret":"{{Secret}}"}""";
using (var response = await admin.PostAsync(new Uri("deliveries", UriKind.Relative), new StringContent(delivery, Encoding.UTF8, "application/json")))
{
    response.EnsureSuccessStatusCode();
}

var vote = await voted.Task.WaitAsync(TimeSpan.FromSeconds(30));
Console.WriteLine($"vote received: user {vote.VoterId} voted for {vote.TargetId} (weight {vote.Weight}, {vote.Format})");

foreach (var autoposter in autoposters)
{
    await autoposter.DisposeAsync();
}

await topgg.DisposeAsync();
