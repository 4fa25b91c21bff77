using Guildhall.Sandbox.Polympics;

namespace Guildhall.Polympics.Tests;

public sealed class TokenResetConcurrencyTests : PolympicsClientTestBase
{
    [Fact]
    public async Task Calls_made_during_a_reset_wait_and_then_carry_the_new_token()
    {
        var resetArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseReset = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Recorder.BeforeSend = async request =>
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/auth/reset_token", StringComparison.Ordinal))
            {
                resetArrived.SetResult();
                await releaseReset.Task;
            }
        };

        var reset = App.ResetTokenAsync();
        await resetArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var calls = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? App.GetSelfAsync().ContinueWith(t => t.Result.Username, TaskScheduler.Default) : App.Teams.UpdateAsync(5, $"Oumaji {i}").ContinueWith(t => t.Result.Name, TaskScheduler.Default)).ToList();

        // While the reset is held at the server's door, none of the other calls has gone out.
        await Task.Yield();
        Assert.Single(Recorder.Requests);
        Assert.All(calls, call => Assert.False(call.IsCompleted));

        releaseReset.SetResult();
        var renewed = await reset;
        await Task.WhenAll(calls);

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
