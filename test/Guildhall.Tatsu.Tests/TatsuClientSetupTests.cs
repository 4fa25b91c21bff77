using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Tatsu;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Tatsu.Tests;

public sealed class TatsuClientSetupTests
{
    public static TheoryData<Action<TatsuClientOptions>, string> InvalidOptions => new()
    {
        { options => options.ApiKey = null, "ApiKey" },
        { options => options.ApiKey = "  ", "ApiKey" },
        { options => options.ApiKey = "Bearer secret-key-123", "ApiKey" },
        { options => options.ApiKey = "secret-key-123\n", "ApiKey" },
        { options => options.BaseAddress = new Uri("/v1", UriKind.Relative), "BaseAddress" },
        { options => options.BaseAddress = new Uri("ftp://api.tatsu.gg/v1"), "BaseAddress" },
        { options => options.Timeout = TimeSpan.Zero, "Timeout" },
        { options => options.RequestsPerMinute = 0, "RequestsPerMinute" },
        { options => options.MaxRateLimitWait = TimeSpan.FromSeconds(-1), "MaxRateLimitWait" },
        { options => options.Retry.MaxRetries = -1, "MaxRetries" },
        { options => options.UserAgent = "", "UserAgent" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_are_refused_when_the_client_is_built_without_revealing_the_key(Action<TatsuClientOptions> spoil, string parameter)
    {
        var options = new TatsuClientOptions { ApiKey = "secret-key-123" };
        spoil(options);

        using var http = new HttpClient();
        var error = Assert.ThrowsAny<ArgumentException>(() => new TatsuClient(http, options));

        Assert.Equal(parameter, error.ParamName);
        Assert.DoesNotContain("secret-key-123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_point_at_the_real_api_with_its_documented_limit()
    {
        var options = new TatsuClientOptions();

        Assert.Equal(new Uri("https://api.tatsu.gg/v1/"), options.BaseAddress);
        Assert.Equal(60, options.RequestsPerMinute);
        Assert.True(options.MaxRateLimitWait > TimeSpan.FromMinutes(1));
        Assert.StartsWith("Guildhall.Tatsu/", options.UserAgent);
    }

    [Fact]
    public async Task Changing_the_options_after_the_client_is_built_changes_nothing()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var options = bed.Options(TatsuSandboxCredentials.GuildmasterKey);
        using var http = new HttpClient(bed.Host.CreateHandler());
        await using var tatsu = new TatsuClient(http, options);

        options.ApiKey = "something-else";
        options.BaseAddress = new Uri("http://elsewhere.invalid/");
        options.Retry.MaxRetries = 0;

        Assert.Equal(GuildmasterUserId, (await tatsu.Users.GetProfileAsync(GuildmasterUserId)).UserId);
    }

    [Fact]
    public async Task The_registered_client_comes_from_the_http_client_factory_and_the_containers_clock()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(bed.Time);
        services.AddTatsuClient(options =>
        {
            options.ApiKey = TatsuSandboxCredentials.ApprenticeKey;
            options.BaseAddress = bed.Host.GetApiBase("tatsu/v1");
        }).ConfigurePrimaryHttpMessageHandler(bed.Host.CreateHandler);
        await using var provider = services.BuildServiceProvider();

        var tatsu = provider.GetRequiredService<TatsuClient>();
        var ranking = await tatsu.Rankings.GetMemberRankingAsync(TavernGuildId, ApprenticeUserId);

        Assert.Same(tatsu, provider.GetRequiredService<TatsuClient>());
        Assert.Equal(ApprenticeUserId, ranking.UserId);
        // The container's fake clock drives the limiter: its budget is the one this test bed's clients share.
        Assert.Equal(59, (await bed.CreateClient(TatsuSandboxCredentials.ApprenticeKey).GetRateLimitAsync()).Remaining);
    }

    [Fact]
    public async Task A_client_registered_earlier_wins()
    {
        var services = new ServiceCollection();
        var mine = new TatsuClient("mine", new TatsuClientOptions());
        services.AddSingleton(mine);
        services.AddTatsuClient(options => options.ApiKey = "theirs");
        await using var provider = services.BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<TatsuClient>());
    }

    [Fact]
    public async Task A_registration_without_a_key_fails_when_resolved_with_a_clear_message()
    {
        var services = new ServiceCollection();
        services.AddTatsuClient(_ => { });
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<TatsuClient>());
        Assert.Contains("t!apikey", error.Message);
    }

    [Fact]
    public async Task A_distributed_store_can_replace_the_in_process_one()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var store = new InMemoryRateLimitStore(bed.Time);
        var tatsu = bed.CreateClient(configure: options => options.RateLimitStore = store);

        await tatsu.Users.GetProfileAsync(SupporterUserId);

        var state = await tatsu.GetRateLimitAsync();
        Assert.Equal(59, (await store.GetSnapshotAsync(new RateLimitRule(state.Key, 60, TimeSpan.FromMinutes(1)))).Remaining);
        Assert.Equal(60, (await bed.CreateClient().GetRateLimitAsync()).Remaining);
    }

    [Fact]
    public void The_key_constructor_leaves_the_callers_options_as_they_are_and_nulls_are_refused()
    {
        var options = new TatsuClientOptions { ApiKey = "the-options-key" };
        using var http = new HttpClient();

        using (new TatsuClient("another-key", options))
        {
            Assert.Equal("the-options-key", options.ApiKey);
        }

        Assert.Equal("httpClient", Assert.Throws<ArgumentNullException>(() => new TatsuClient((HttpClient)null!, options)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new TatsuClient(http, null!)).ParamName);
    }

    [Fact]
    public async Task The_sub_clients_of_a_mock_and_a_disposed_client_fail_clearly()
    {
        TatsuClient mock = new FakeTatsuClient();
        await using var bed = await TatsuTestBed.StartAsync();
        var disposed = bed.CreateClient();
        await disposed.DisposeAsync();

        var mocked = await Assert.ThrowsAsync<InvalidOperationException>(() => mock.Rankings.GetMemberRankingAsync(1, 2));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await mock.Rankings.ListGuildRankingsAsync(1).ToListAsync());
        var gone = await Assert.ThrowsAsync<ObjectDisposedException>(() => disposed.Members.GetPointsAsync(TavernGuildId, ApprenticeUserId));

        Assert.Contains("created for mocking", mocked.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(TatsuClient).FullName, gone.ObjectName);
    }

    [Fact]
    public async Task A_mock_can_stand_in_for_the_client()
    {
        TatsuClient tatsu = new FakeTatsuClient();

        var profile = await tatsu.Users.GetProfileAsync(42);

        Assert.Equal("mocked", profile.Username);
        await Assert.ThrowsAsync<InvalidOperationException>(() => tatsu.GetRateLimitAsync().AsTask());
    }

    private sealed class FakeTatsuClient : TatsuClient
    {
        public override TatsuUsersClient Users { get; } = new FakeUsers();
    }

    private sealed class FakeUsers : TatsuUsersClient
    {
        public override Task<Models.TatsuUserProfile> GetProfileAsync(ulong userId, CancellationToken cancellationToken = default) =>
            Task.FromResult(new Models.TatsuUserProfile { UserId = userId, Username = "mocked" });
    }
}
