using Guildhall.Osu.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Guildhall.Osu.Tests;

public sealed class OsuClientOptionsTests
{
    public static TheoryData<string, Action<OsuClientOptions>> Invalid() => new()
    {
        { "no client id", options => options.ClientId = 0 },
        { "no secret", options => options.ClientSecret = " " },
        { "relative base", options => options.BaseAddress = new Uri("/osu", UriKind.Relative) },
        { "relative redirect", options => options.RedirectUri = new Uri("/callback", UriKind.Relative) },
        { "no app scopes", options => options.AppClientScopes = [] },
        { "legacy api version", options => options.ApiVersion = OsuApiVersions.LegacyScores },
        { "no requests", options => options.RequestsPerMinute = 0 },
        { "negative skew", options => options.TokenRefreshSkew = TimeSpan.FromSeconds(-1) },
        { "undefined format", options => options.ScoreFormat = (OsuScoreFormat)7 },
        { "no timeout", options => options.Timeout = TimeSpan.Zero },
    };

    [Fact]
    public void The_defaults_follow_the_seed_and_the_real_service()
    {
        var options = new OsuClientOptions();

        Assert.Equal(new Uri("https://osu.ppy.sh/"), options.BaseAddress);
        Assert.Equal(60, options.RequestsPerMinute);
        Assert.Equal(["public"], options.AppClientScopes);
        Assert.Equal(OsuScoreFormat.Lazer, options.ScoreFormat);
        Assert.Equal(OsuApiVersions.Current, options.ApiVersion);
        Assert.True(options.CreateAppClient);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_options_are_refused_when_a_client_is_built(string why, Action<OsuClientOptions> spoil)
    {
        var options = TestOptions.Create();
        spoil(options);

        Assert.ThrowsAny<ArgumentException>(() => new OsuClient(options.ClientId, options.ClientSecret!, options));
        Assert.False(string.IsNullOrEmpty(why));
    }

    [Fact]
    public async Task Dependency_injection_registers_the_storage_the_app_client_and_the_oauth_client()
    {
        var services = new ServiceCollection();
        services.AddOsuClient(options =>
        {
            options.ClientId = 1;
            options.ClientSecret = "secret";
        });

        await using var provider = services.BuildServiceProvider();

        var storage = provider.GetRequiredService<OsuClientStorage>();
        Assert.Same(storage.AppClient, provider.GetRequiredService<OsuClient>());
        Assert.Same(storage.OAuth, provider.GetRequiredService<Osu.Authentication.OsuOAuthClient>());
        Assert.IsType<Osu.Authentication.InMemoryOsuTokenRepository>(provider.GetRequiredService<Osu.Authentication.IOsuTokenRepository>());
    }

    [Fact]
    public async Task Dependency_injection_keeps_a_token_repository_registered_before()
    {
        var services = new ServiceCollection();
        var repository = new Osu.Authentication.InMemoryOsuTokenRepository();
        services.AddSingleton<Osu.Authentication.IOsuTokenRepository>(repository);
        services.AddOsuClient(options =>
        {
            options.ClientId = 1;
            options.ClientSecret = "secret";
        });

        await using var provider = services.BuildServiceProvider();

        Assert.Same(repository, provider.GetRequiredService<OsuClientStorage>().Repository);
    }

    [Fact]
    public async Task Dependency_injection_reports_invalid_options_clearly()
    {
        var services = new ServiceCollection();
        services.AddOsuClient(options => options.ClientId = 1);

        await using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<OsuClient>());
        Assert.Contains("ClientSecret", exception.Message, StringComparison.Ordinal);
    }
}
