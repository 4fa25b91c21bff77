using Guildhall.Osu.Authentication;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Tests;

/// <summary>A test double of the client or the storage fails clearly on a member the test did not override, never with a null reference.</summary>
public sealed class MockingTests
{
    [Fact]
    public async Task A_mock_client_runs_what_the_test_overrides_and_names_itself_for_the_rest()
    {
        OsuClient client = new MeOnly();

        Assert.Equal(7, (await client.Users.GetMeAsync()).Id);
        var beatmaps = await Assert.ThrowsAsync<InvalidOperationException>(() => client.Beatmaps.GetAsync(1));
        var token = await Assert.ThrowsAsync<InvalidOperationException>(() => client.RevokeTokenAsync());

        Assert.Contains("OsuBeatmapsClient was created for mocking", beatmaps.Message, StringComparison.Ordinal);
        Assert.Contains("MeOnly was created for mocking", token.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mock_storage_throws_a_clear_error_for_every_part_it_lacks()
    {
        OsuClientStorage storage = new AppClientOnly();

        Assert.Same(AppClientOnly.Client, storage.AppClient);
        Assert.Contains("created for mocking", Assert.Throws<InvalidOperationException>(() => storage.Repository).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => storage.Owner);
        Assert.Throws<InvalidOperationException>(() => storage.OAuth);
        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.GetClientAsync(42));
        await storage.DisposeAsync();
    }

    private sealed class MeOnly : OsuClient
    {
        public override OsuUsersClient Users { get; } = new Me();

        private sealed class Me : OsuUsersClient
        {
            public override Task<User> GetMeAsync(GameMode? mode = null, CancellationToken cancellationToken = default) =>
                Task.FromResult(new User { Id = 7, Username = "mock" });
        }
    }

    private sealed class AppClientOnly : OsuClientStorage
    {
        public static readonly OsuClient Client = new MeOnly();

        public override OsuClient AppClient => Client;
    }
}
