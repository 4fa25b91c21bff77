using Microsoft.Extensions.Configuration;

namespace Guildhall.Samples.HostedBot.Tests;

/// <summary>The bot refuses to start on incomplete or unreadable settings, naming every variable to fix and no secret.</summary>
public sealed class BotSettingsTests
{
    private static readonly Dictionary<string, string?> Complete = new()
    {
        ["TOPGG_TOKEN"] = "topgg-token-value",
        ["TOPGG_WEBHOOK_SECRET"] = "whs_secret_value",
        ["TATSU_KEY"] = "tatsu-key-value",
        ["TATSU_GUILD_ID"] = "573880500000000001",
        ["OSU_CLIENT_ID"] = "40070",
        ["OSU_CLIENT_SECRET"] = "osu-secret-value",
        ["OSU_PLAYER"] = "Steward",
    };

    [Fact]
    public void Complete_settings_are_read_with_their_defaults()
    {
        var settings = BotSettings.From(Configuration(Complete));

        Assert.Equal(573880500000000001UL, settings.TatsuGuildId);
        Assert.Equal(40070, settings.OsuClientId);
        Assert.Equal(TimeSpan.FromMinutes(5), settings.ReadInterval);
        Assert.Equal(1, settings.GuildCount);
        Assert.Null(settings.TopGgBaseAddress);
    }

    [Fact]
    public void Missing_credentials_are_all_named_by_their_environment_variable()
    {
        var settings = new Dictionary<string, string?>(Complete);
        settings.Remove("TOPGG_TOKEN");
        settings.Remove("OSU_CLIENT_SECRET");
        settings.Remove("TOPGG_WEBHOOK_SECRET");

        var error = Assert.Throws<BotSettingsException>(() => BotSettings.From(Configuration(settings)));

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("GUILDHALL_TOPGG_TOKEN is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("GUILDHALL_OSU_CLIENT_SECRET is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("GUILDHALL_TOPGG_WEBHOOK_SECRET", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TATSU_GUILD_ID", "the-tavern")]
    [InlineData("OSU_CLIENT_ID", "-x")]
    [InlineData("READ_INTERVAL", "soon")]
    [InlineData("READ_INTERVAL", "-00:01:00")]
    [InlineData("GUILD_COUNT", "-5")]
    [InlineData("OSU_BASE_URL", "not a url")]
    public void An_unreadable_value_is_named_with_what_was_given(string key, string value)
    {
        var settings = new Dictionary<string, string?>(Complete) { [key] = value };

        var error = Assert.Throws<BotSettingsException>(() => BotSettings.From(Configuration(settings)));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith($"GUILDHALL_{key} ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_the_error_nor_the_settings_text_holds_a_secret()
    {
        var settings = new Dictionary<string, string?>(Complete) { ["TATSU_GUILD_ID"] = "bad" };

        var error = Assert.Throws<BotSettingsException>(() => BotSettings.From(Configuration(settings)));
        var text = BotSettings.From(Configuration(Complete)).ToString();

        foreach (var secret in new[] { "topgg-token-value", "whs_secret_value", "tatsu-key-value", "osu-secret-value" })
        {
            Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
