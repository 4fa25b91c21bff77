using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Guildhall.Samples.HostedBot;

/// <summary>
/// What the bot needs to run, read from configuration: environment variables named <c>GUILDHALL_&lt;KEY&gt;</c>
/// (<c>GUILDHALL_TOPGG_TOKEN</c>), command-line arguments (<c>--TOPGG_TOKEN=…</c>) or <c>appsettings.json</c>.
/// Only the credentials are required; a missing one is named in a <see cref="BotSettingsException"/> at start-up.
/// </summary>
public sealed record BotSettings
{
    /// <summary>The prefix of the environment variables the bot reads.</summary>
    public const string EnvironmentPrefix = "GUILDHALL_";

    /// <summary>The bot's Top.gg token.</summary>
    public required string TopGgToken { get; init; }

    /// <summary>Top.gg's base address; the real service when not set.</summary>
    public Uri? TopGgBaseAddress { get; init; }

    /// <summary>Where the vote receiver listens (Kestrel URLs); port 0 picks a free port.</summary>
    public string WebhookUrls { get; init; } = "http://0.0.0.0:5090";

    /// <summary>The path Top.gg delivers votes to.</summary>
    public string WebhookPath { get; init; } = "/topgg/votes";

    /// <summary>The Webhooks V2 signing secret (<c>whs_…</c>).</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>The legacy webhook's <c>Authorization</c> value, while the bot's Top.gg page still sends legacy votes.</summary>
    public string? WebhookAuthorization { get; init; }

    /// <summary>The Tatsu API key.</summary>
    public required string TatsuKey { get; init; }

    /// <summary>Tatsu's base address; the real service when not set.</summary>
    public Uri? TatsuBaseAddress { get; init; }

    /// <summary>The guild whose weekly Tatsu leaderboard the bot reads.</summary>
    public required ulong TatsuGuildId { get; init; }

    /// <summary>The osu! OAuth application's client id.</summary>
    public required long OsuClientId { get; init; }

    /// <summary>The osu! OAuth application's client secret.</summary>
    public required string OsuClientSecret { get; init; }

    /// <summary>osu!'s base address; the real service when not set.</summary>
    public Uri? OsuBaseAddress { get; init; }

    /// <summary>The osu! player whose profile the bot reads.</summary>
    public required string OsuPlayer { get; init; }

    /// <summary>The guild count <see cref="ConfiguredGuildCount"/> reports: the stand-in for a Discord library's.</summary>
    public long GuildCount { get; init; } = 1;

    /// <summary>The time between two reads of the osu! and Tatsu data.</summary>
    public TimeSpan ReadInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Reads the settings from <paramref name="configuration"/>, whose keys are the environment variables' names without
    /// <see cref="EnvironmentPrefix"/>.
    /// </summary>
    /// <exception cref="BotSettingsException">A required setting is missing or a value cannot be read; every problem is named.</exception>
    public static BotSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();

        string Required(string key)
        {
            var value = configuration[key];
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{EnvironmentPrefix}{key} is not set");
            }

            return value ?? "";
        }

        T Parse<T>(string key, string text, T fallback)
            where T : ISpanParsable<T>
        {
            if (text.Length == 0)
            {
                return fallback;
            }

            if (T.TryParse(text, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }

            problems.Add($"{EnvironmentPrefix}{key} is not a valid {typeof(T).Name}: '{text}'");
            return fallback;
        }

        Uri? Address(string key)
        {
            var text = configuration[key];
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var address))
            {
                return address;
            }

            problems.Add($"{EnvironmentPrefix}{key} is not an absolute URL: '{text}'");
            return null;
        }

        var settings = new BotSettings
        {
            TopGgToken = Required("TOPGG_TOKEN"),
            TopGgBaseAddress = Address("TOPGG_BASE_URL"),
            WebhookUrls = configuration["WEBHOOK_URLS"] ?? "http://0.0.0.0:5090",
            WebhookPath = configuration["WEBHOOK_PATH"] ?? "/topgg/votes",
            WebhookSecret = configuration["TOPGG_WEBHOOK_SECRET"],
            WebhookAuthorization = configuration["TOPGG_WEBHOOK_AUTH"],
            TatsuKey = Required("TATSU_KEY"),
            TatsuBaseAddress = Address("TATSU_BASE_URL"),
            TatsuGuildId = Parse("TATSU_GUILD_ID", Required("TATSU_GUILD_ID"), 0UL),
            OsuClientId = Parse("OSU_CLIENT_ID", Required("OSU_CLIENT_ID"), 0L),
            OsuClientSecret = Required("OSU_CLIENT_SECRET"),
            OsuBaseAddress = Address("OSU_BASE_URL"),
            OsuPlayer = Required("OSU_PLAYER"),
            GuildCount = Parse("GUILD_COUNT", configuration["GUILD_COUNT"] ?? "", 1L),
            ReadInterval = Parse("READ_INTERVAL", configuration["READ_INTERVAL"] ?? "", TimeSpan.FromMinutes(5)),
        };

        if (settings.WebhookSecret is null && settings.WebhookAuthorization is null)
        {
            problems.Add($"neither {EnvironmentPrefix}TOPGG_WEBHOOK_SECRET (V2) nor {EnvironmentPrefix}TOPGG_WEBHOOK_AUTH (legacy) is set: no vote could be accepted");
        }

        if (settings.GuildCount < 0)
        {
            problems.Add($"{EnvironmentPrefix}GUILD_COUNT cannot be negative");
        }

        if (settings.ReadInterval <= TimeSpan.Zero)
        {
            problems.Add($"{EnvironmentPrefix}READ_INTERVAL must be positive");
        }

        return problems.Count == 0 ? settings : throw new BotSettingsException(problems);
    }

    /// <summary>Describes the settings without their secrets.</summary>
    public override string ToString() =>
        $"BotSettings {{ Webhook = {WebhookUrls}{WebhookPath}, TatsuGuildId = {TatsuGuildId}, OsuClientId = {OsuClientId}, OsuPlayer = {OsuPlayer}, ReadInterval = {ReadInterval} }}";
}
