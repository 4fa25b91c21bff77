using Guildhall.Sandbox.Osu;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Testing;

namespace Guildhall.Samples.HostedBot.Tests;

/// <summary>
/// The command the README gives, run as a real OS process from a cold start: <c>--sandbox</c> starts the sandbox
/// inside the bot, and every part shows in what the process prints; SIGTERM stops it cleanly.
/// </summary>
public sealed class OneCommandTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task With_sandbox_the_bot_posts_receives_a_vote_reads_and_stops_on_sigterm()
    {
        await using var bot = DotnetProcess.Start("Guildhall.Samples.HostedBot.dll", "--sandbox");

        var delivery = await bot.WaitForErrorLineAsync(line => line.StartsWith("sandbox: a signed vote", StringComparison.Ordinal), Bound);
        await bot.WaitForOutputLineAsync(line => line.Contains("Vote from ", StringComparison.Ordinal), Bound);
        await bot.WaitForOutputLineAsync(line => line.Contains("Top.gg stats posted", StringComparison.Ordinal), Bound);
        await bot.WaitForOutputLineAsync(line => line.Contains($"osu! player {OsuSandboxSeed.StaffUsername}:", StringComparison.Ordinal), Bound);
        await bot.WaitForOutputLineAsync(line => line.Contains($"Tatsu weekly leaderboard of {TatsuSandboxData.TavernGuildId}", StringComparison.Ordinal), Bound);
        await bot.WaitForOutputLineAsync(line => line.Contains("topgg.bots.stats.post", StringComparison.Ordinal), Bound);
        await bot.SignalAsync("TERM");

        Assert.Contains("was delivered (answers: 204)", delivery, StringComparison.Ordinal);
        Assert.True(await bot.WaitForExitAsync(Bound), "The bot did not stop on SIGTERM." + bot.Describe());
        Assert.Equal(0, bot.ExitCode);
    }
}
