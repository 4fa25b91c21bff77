using System.Globalization;
using Guildhall.Sandbox.Osu;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Sandbox.Testing;
using Guildhall.Sandbox.TopGg;

namespace Guildhall.Samples.HostedBot;

/// <summary>The settings that point every part of the bot at a running sandbox, with the sandbox's public credentials.</summary>
public static class SandboxSettings
{
    /// <summary>The V2 signing secret the bot checks in sandbox mode (the sandbox signs with whatever it is told).</summary>
    public const string WebhookSecret = "whs_hosted_bot_sample_secret";

    /// <summary>The settings for <paramref name="sandbox"/>, the vote receiver on a free loopback port.</summary>
    public static IReadOnlyDictionary<string, string?> For(GuildhallSandbox sandbox)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        return new Dictionary<string, string?>
        {
            ["TOPGG_TOKEN"] = TopGgSandboxCredentials.Token,
            ["TOPGG_BASE_URL"] = sandbox.Host.GetApiBase("topgg/api").ToString(),
            ["TOPGG_WEBHOOK_SECRET"] = WebhookSecret,
            ["WEBHOOK_URLS"] = "http://127.0.0.1:0",
            ["TATSU_KEY"] = TatsuSandboxCredentials.GuildmasterKey,
            ["TATSU_BASE_URL"] = sandbox.Host.GetApiBase("tatsu/v1").ToString(),
            ["TATSU_GUILD_ID"] = TatsuSandboxData.TavernGuildId.ToString(CultureInfo.InvariantCulture),
            ["OSU_CLIENT_ID"] = OsuSandboxCredentials.ClientId.ToString(CultureInfo.InvariantCulture),
            ["OSU_CLIENT_SECRET"] = OsuSandboxCredentials.ClientSecret,
            ["OSU_BASE_URL"] = sandbox.Host.GetApiBase("osu").ToString(),
            ["OSU_PLAYER"] = OsuSandboxSeed.StaffUsername,
            ["GUILD_COUNT"] = "1234",
        };
    }
}
