using System.Globalization;
using System.Text.Json;
using Guildhall.Sandbox.TopGg;
using Guildhall.Testing;

namespace Guildhall.Cli.Tests;

/// <summary><c>guildhall topgg autopost</c>: once, and as a process that posts until it is stopped.</summary>
[Collection(SandboxGroup.Name)]
public sealed class TopGgAutopostCommandTests(SandboxFixture sandbox) : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static readonly string BotId = TopGgSandboxCredentials.OtherBotId.ToString(CultureInfo.InvariantCulture);

    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    private readonly string _countFile = Path.Combine(Path.GetTempPath(), "guildhall-counts-" + Guid.NewGuid().ToString("N") + ".txt");

    private string[] TopGgArguments(params string[] args) => ["topgg", "--base-url", sandbox.Base("topgg/api"), "--token", TopGgSandboxCredentials.OtherBotToken, .. args];

    private Task<CliRun> TopGg(params string[] args) => CliRun.RunAsync(TopGgArguments(args));

    public void Dispose() => File.Delete(_countFile);

    [Fact]
    public async Task Once_posts_the_shards_through_the_autoposter_and_the_sandbox_shows_them()
    {
        var posted = await TopGg("autopost", "--once", "--shards", "1000,2000,1234", "--json");
        var stats = await TopGg("stats", "--json");

        Assert.Equal(0, posted.ExitCode);
        var answer = JsonDocument.Parse(posted.Output).RootElement;
        Assert.Equal(BotId, answer.GetProperty("bot_id").GetString());
        Assert.Equal(4234, answer.GetProperty("server_count").GetInt64());
        Assert.Equal(3, answer.GetProperty("shard_count").GetInt32());
        var shown = JsonDocument.Parse(stats.Output).RootElement;
        Assert.Equal(4234, shown.GetProperty("server_count").GetInt64());
        Assert.Equal(3, shown.GetProperty("shard_count").GetInt32());
    }

    [Fact]
    public async Task Once_says_what_it_posted()
    {
        var run = await TopGg("autopost", "--once", "777", "--shard-id", "1", "--shard-count", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Autoposted 777 servers on shard 1 (2 shards) for bot {BotId}.", run.Output.Trim());
    }

    [Fact]
    public async Task Once_reads_a_count_file_of_shard_counts()
    {
        await File.WriteAllTextAsync(_countFile, " 300, 401 \n");

        var run = await TopGg("autopost", "--once", "--count-file", _countFile, "--json");

        Assert.Equal(0, run.ExitCode);
        var answer = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(701, answer.GetProperty("server_count").GetInt64());
        Assert.Equal(2, answer.GetProperty("shard_count").GetInt32());
    }

    [Fact]
    public async Task Bad_counts_and_settings_are_refused_with_one_line_and_nothing_is_posted()
    {
        await File.WriteAllTextAsync(_countFile, "about 12 servers");

        var negative = await TopGg("autopost", "--once", "--", "-4");
        var noCount = await TopGg("autopost");
        var both = await TopGg("autopost", "--once", "12", "--count-file", _countFile);
        var badFile = await TopGg("autopost", "--once", "--count-file", _countFile);
        var badShards = await TopGg("autopost", "--once", "--shards", "10,x");
        var missingFile = await TopGg("autopost", "--once", "--count-file", _countFile + ".missing");
        var tooOften = await TopGg("autopost", "12", "--interval", "5");

        var refusals = new[]
        {
            (negative, "cannot be negative"),
            (noCount, "--count-file"),
            (both, "not both"),
            (badFile, "'about 12 servers': expected a server count"),
            (badShards, "--shards holds '10,x'"),
            (missingFile, "cannot be read"),
            (tooOften, "at least 15 minutes"),
        };
        Assert.All(refusals, refusal =>
        {
            var (run, reason) = refusal;
            Assert.Equal(2, run.ExitCode);
            Assert.Contains(reason, run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Output);
        });
        Assert.Equal(0, await StatsPostsAsync());
    }

    [UnixOnlyFact]
    public async Task Without_once_a_process_posts_the_file_s_count_and_keeps_running_until_SIGINT_ends_it_well()
    {
        await File.WriteAllTextAsync(_countFile, "4321");

        await using var autopost = CliRun.Start(TopGgArguments("autopost", "--count-file", _countFile, "--json"));
        var line = await autopost.WaitForOutputLineAsync(_ => true, Bound);

        var answer = JsonDocument.Parse(line).RootElement;
        Assert.Equal(4321, answer.GetProperty("server_count").GetInt64());
        Assert.Equal(BotId, answer.GetProperty("bot_id").GetString());
        Assert.False(await autopost.WaitForExitAsync(TimeSpan.FromSeconds(1)), $"autopost exited after its first post.{autopost.Describe()}");
        Assert.Contains(autopost.ErrorLines, error => error.StartsWith($"Posting bot {BotId}'s server count every 30 minutes.", StringComparison.Ordinal));
        await autopost.SignalAsync("INT");
        Assert.True(await autopost.WaitForExitAsync(Bound), $"autopost was still running {Bound} after SIGINT.{autopost.Describe()}");
        Assert.Equal(0, autopost.ExitCode);
        Assert.Equal(1, await StatsPostsAsync());
    }

    /// <summary>How many stats posts the emulator itself has received since this test started, from its request log.</summary>
    private async Task<int> StatsPostsAsync()
    {
        using var http = new HttpClient();
        using var log = JsonDocument.Parse(await http.GetStringAsync(new Uri(sandbox.Host.BaseAddress, "_sandbox/topgg/requests")));
        return log.RootElement.EnumerateArray().Count(request =>
            request.GetProperty("method").GetString() == "POST"
            && request.GetProperty("path").GetString()!.EndsWith("/stats", StringComparison.Ordinal)
            && request.GetProperty("at").GetDateTimeOffset() >= _started);
    }
}
