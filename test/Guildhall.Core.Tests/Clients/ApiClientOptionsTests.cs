using Guildhall.Core.Credentials;
using Guildhall.Core.RateLimiting;
using Microsoft.Extensions.Logging.Abstractions;
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
    public void A_copy_with_defaults_fills_only_unset_values_and_leaves_the_original_alone()
    {
        var containerClock = new FakeTimeProvider();
        var options = new SampleClientOptions { Key = "k", MaxRateLimitWait = TimeSpan.FromSeconds(5) };

        var copy = options.WithDefaults(containerClock, NullLoggerFactory.Instance);
        copy.Retry.MaxRetries = 0;

        Assert.Same(containerClock, copy.TimeProvider);
        Assert.Same(NullLoggerFactory.Instance, copy.LoggerFactory);
        Assert.Equal("k", copy.Key);
        Assert.Equal(TimeSpan.FromSeconds(5), copy.MaxRateLimitWait);
        Assert.Null(options.TimeProvider);
        Assert.Null(options.LoggerFactory);
        Assert.Equal(3, options.Retry.MaxRetries);
    }

    [Fact]
    public void A_copy_with_defaults_keeps_a_clock_that_was_set()
    {
        var ownClock = new FakeTimeProvider();
        var options = new SampleClientOptions { Key = "k", TimeProvider = ownClock };

        Assert.Same(ownClock, options.WithDefaults(new FakeTimeProvider(), loggerFactory: null).TimeProvider);
    }
}
