using Guildhall.Core.Credentials;
using Guildhall.Core.DependencyInjection;
using Guildhall.Core.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Core.Tests.Clients;

public sealed class ApiClientOptionsTests
{
    public static TheoryData<Action<SampleClientOptions>, string> InvalidOptions => new()
    {
        { options => options.Key = " ", "Key" },
        { options => options.BaseAddress = new Uri("/v2", UriKind.Relative), "BaseAddress" },
        { options => options.BaseAddress = new Uri("ftp://api.sample.test/"), "BaseAddress" },
        { options => options.Timeout = TimeSpan.Zero, "Timeout" },
        { options => options.MaxRateLimitWait = TimeSpan.FromSeconds(-1), "MaxRateLimitWait" },
        { options => options.UserAgent = "", "UserAgent" },
        { options => options.Retry = null!, "Retry" },
        { options => options.Retry.MaxRetries = -1, "MaxRetries" },
    };

    [Fact]
    public void Defaults_name_the_package_and_keep_what_the_subclass_set()
    {
        var options = new SampleClientOptions();

        Assert.Equal(new Uri("https://api.sample.test/v2/"), options.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(100), options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(90), options.MaxRateLimitWait);
        Assert.Equal(3, options.Retry.MaxRetries);
        Assert.Null(options.TimeProvider);
        Assert.StartsWith("Guildhall.Core.Tests/", options.UserAgent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_settings_are_refused_with_their_name(Action<SampleClientOptions> spoil, string parameter)
    {
        var options = new SampleClientOptions { Key = "k" };
        spoil(options);

        var error = Assert.ThrowsAny<ArgumentException>(() => options.ToTransportOptions(credentials: null));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Transport_options_carry_every_setting_and_the_apis_own_parts()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryRateLimitStore(time);
        var credentials = new AuthorizationHeaderCredential("secret");
        var headers = RateLimitHeaders.XRateLimit(TimeSpan.FromMinutes(1));
        var options = new SampleClientOptions
        {
            Key = "k",
            BaseAddress = new Uri("http://127.0.0.1:5000/sample/"),
            Timeout = TimeSpan.FromSeconds(7),
            MaxRateLimitWait = TimeSpan.FromSeconds(3),
            RateLimitStore = store,
            TimeProvider = time,
            LoggerFactory = NullLoggerFactory.Instance,
            UserAgent = "Bot/1.0",
        };

        var transport = options.ToTransportOptions(credentials, rateLimitHeaders: headers);

        Assert.Equal("sample", transport.ApiName);
        Assert.Equal(options.BaseAddress, transport.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(7), transport.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(3), transport.MaxRateLimitWait);
        Assert.Same(store, transport.RateLimitStore);
        Assert.Same(time, transport.TimeProvider);
        Assert.Same(NullLoggerFactory.Instance, transport.LoggerFactory);
        Assert.Same(credentials, transport.Credentials);
        Assert.Same(headers, transport.RateLimitHeaders);
        Assert.Same(Errors.JsonApiErrorReader.Instance, transport.ErrorReader);
        Assert.Equal("Bot/1.0", transport.UserAgent);
    }

    [Fact]
    public void Without_a_clock_or_store_the_process_wide_store_of_the_system_clock_is_used()
    {
        var transport = new SampleClientOptions { Key = "k" }.ToTransportOptions(credentials: null);

        Assert.Same(TimeProvider.System, transport.TimeProvider);
        Assert.Same(InMemoryRateLimitStore.Shared, transport.RateLimitStore);
    }

    [Fact]
    public void A_custom_clock_gets_its_own_shared_store()
    {
        var time = new FakeTimeProvider();

        var transport = new SampleClientOptions { Key = "k", TimeProvider = time }.ToTransportOptions(credentials: null);

        Assert.Same(InMemoryRateLimitStore.For(time), transport.RateLimitStore);
    }

    [Fact]
    public void A_part_of_the_api_under_another_root_gets_its_own_base_address()
    {
        var options = new SampleClientOptions { Key = "k" };

        var transport = options.ToTransportOptions(credentials: null, baseAddress: new Uri("https://api.sample.test/oauth/"));

        Assert.Equal(new Uri("https://api.sample.test/oauth/"), transport.BaseAddress);
        Assert.Equal(new Uri("https://api.sample.test/v2/"), options.BaseAddress);
    }

    [Fact]
    public void Changing_the_retry_settings_afterwards_changes_nothing()
    {
        var options = new SampleClientOptions { Key = "k" };
        var transport = options.ToTransportOptions(credentials: null);

        options.Retry.MaxRetries = 0;

        Assert.Equal(3, transport.Retry.MaxRetries);
    }

    [Fact]
    public void Registered_options_take_the_containers_clock_and_logger_only_where_unset()
    {
        var containerClock = new FakeTimeProvider();
        var ownClock = new FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(containerClock).AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddApiClientOptions<SampleClientOptions>(options => options.Key = "k");
        services.Configure<SampleClientOptions>(options => options.MaxRateLimitWait = TimeSpan.FromSeconds(5));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SampleClientOptions>>().Value;

        Assert.Same(containerClock, options.TimeProvider);
        Assert.Same(NullLoggerFactory.Instance, options.LoggerFactory);
        Assert.Equal("k", options.Key);
        Assert.Equal(TimeSpan.FromSeconds(5), options.MaxRateLimitWait);

        var own = new ServiceCollection().AddSingleton<TimeProvider>(containerClock);
        own.AddApiClientOptions<SampleClientOptions>(options => (options.Key, options.TimeProvider) = ("k", ownClock));
        using var ownProvider = own.BuildServiceProvider();
        Assert.Same(ownClock, ownProvider.GetRequiredService<IOptions<SampleClientOptions>>().Value.TimeProvider);
    }

    [Fact]
    public void Registered_options_are_validated_by_the_options_own_rules_naming_the_setting()
    {
        var services = new ServiceCollection();
        services.AddApiClientOptions<SampleClientOptions>(options => options.Key = "k");
        services.Configure<SampleClientOptions>(options => options.Timeout = TimeSpan.FromSeconds(-5));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("The SampleClientOptions are invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("Timeout", error.Message, StringComparison.Ordinal);
    }
}
