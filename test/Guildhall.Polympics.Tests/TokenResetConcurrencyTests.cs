using Guildhall.Sandbox.Polympics;

namespace Guildhall.Polympics.Tests;

public sealed class TokenResetConcurrencyTests : PolympicsClientTestBase
{
    private const string ResetPath = "/polympics/auth/reset_token";

    [Fact]
    public async Task Calls_made_during_a_reset_wait_and_then_carry_the_new_token()
    {
        var resetArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseReset = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrivals = new List<(string Path, bool WhileResetHeld)>();
        Recorder.BeforeSend = async request =>
        {
            var isReset = request.RequestUri!.AbsolutePath.EndsWith("/auth/reset_token", StringComparison.Ordinal);
            lock (arrivals)
            {
                arrivals.Add((request.RequestUri.AbsolutePath, resetArrived.Task.IsCompleted && !releaseReset.Task.IsCompleted));
            }

            if (isReset)
            {
                resetArrived.SetResult();
                await releaseReset.Task;
            }
            else
            {
                otherArrived.TrySetResult();
            }
        };

        var reset = App.ResetTokenAsync();
        await resetArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var calls = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? App.GetSelfAsync().ContinueWith(t => t.Result.Username, TaskScheduler.Default) : App.Teams.UpdateAsync(5, $"Oumaji {i}").ContinueWith(t => t.Result.Name, TaskScheduler.Default)).ToList();

        // Hold the reset at the server's door until a call gets past the client's gate (which the arrivals then show) or,
        // at most, for a grace that is ample for twenty in-memory calls to reach the server if nothing held them back.
        await Task.WhenAny(otherArrived.Task, Task.Delay(TimeSpan.FromMilliseconds(500)));
        releaseReset.SetResult();
        var renewed = await reset;
        await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(21, arrivals.Count);
        Assert.Equal(ResetPath, arrivals[0].Path);
        Assert.DoesNotContain(arrivals, arrival => arrival.WhileResetHeld);
        var expected = "Basic " + renewed.ToCredentials().BasicParameter;
        var afterReset = Recorder.Requests.Skip(1).ToList();
        Assert.Equal(20, afterReset.Count);
        Assert.All(afterReset, request => Assert.Equal(expected, request.Authorization));
    }

    [Fact]
    public async Task Concurrent_resets_run_one_after_the_other()
    {
        var first = App.ResetTokenAsync();
        var second = App.ResetTokenAsync();
        var tokens = await Task.WhenAll(first, second);
        Assert.NotEqual(tokens[0].Token, tokens[1].Token);
        Assert.Equal(PolympicsSandboxCredentials.FullAppUsername, (await App.GetSelfAsync()).Username);
        Assert.Equal("Basic " + tokens[1].ToCredentials().BasicParameter, Recorder.Requests.Last().Authorization);
    }
}
