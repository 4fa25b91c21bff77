using Guildhall.Osu;
using Guildhall.Polympics;
using Guildhall.Tatsu;
using Guildhall.TopGg;

namespace Guildhall.Cli.Commands;

/// <summary>
/// One API as the command line knows it: its command group, its name for people, where the real service and the sandbox
/// serve it, and the environment variables that point the commands at it and authenticate them. Everything the four
/// command groups have in common is written once against this.
/// </summary>
/// <param name="Name">The command group and the clients' API name, for example <c>topgg</c>.</param>
/// <param name="DisplayName">The name people know, for example <c>Top.gg</c>.</param>
/// <param name="DefaultBaseAddress">The real service.</param>
/// <param name="SandboxPath">Where the sandbox serves the API, relative to its address.</param>
/// <param name="CredentialOption">The option that carries the secret credential, for example <c>--token</c>.</param>
/// <param name="Credentials">
/// The environment variables the group reads its credentials from, each with the sandbox credential (by name) that fits
/// it; the last is the one <paramref name="CredentialOption"/> stands for.
/// </param>
internal sealed record CliApi(
    string Name, string DisplayName, Uri DefaultBaseAddress, string SandboxPath, string CredentialOption, IReadOnlyList<(string Variable, string SandboxCredential)> Credentials)
{
    public static readonly CliApi TopGg = new("topgg", "Top.gg", TopGgClientOptions.DefaultBaseAddress, "topgg/api", "--token", [("TOPGG_TOKEN", "bot token")]);

    public static readonly CliApi Osu = new(
        "osu", "osu!", OsuClientOptions.DefaultBaseAddress, "osu", "--client-secret", [("OSU_CLIENT_ID", "client id"), ("OSU_CLIENT_SECRET", "client secret")]);

    public static readonly CliApi Tatsu = new("tatsu", "Tatsu", TatsuClientOptions.DefaultBaseAddress, "tatsu/v1", "--key", [("TATSU_KEY", "API key (guild owner)")]);

    public static readonly CliApi Polympics = new(
        "polympics", "Polympics", PolympicsClientOptions.DefaultBaseAddress, "polympics", "--credentials", [("POLYMPICS_CREDENTIALS", "app (all permissions)")]);

    /// <summary>The environment variable behind <see cref="CredentialOption"/>.</summary>
    public string CredentialVariable => Credentials[^1].Variable;

    /// <summary>The four APIs, in the order help and <c>guildhall sandbox env</c> list them.</summary>
    public static IReadOnlyList<CliApi> All { get; } = [TopGg, Osu, Tatsu, Polympics];

    /// <summary>The environment variable that sets the group's <c>--base-url</c>, for example <c>GUILDHALL_TOPGG_BASE_URL</c>.</summary>
    public string BaseUrlVariable => $"GUILDHALL_{Name.ToUpperInvariant()}_BASE_URL";

    /// <summary>The API whose clients call themselves <paramref name="name"/>, or whose command group it is.</summary>
    public static CliApi? Find(string? name) => All.FirstOrDefault(api => string.Equals(api.Name, name, StringComparison.Ordinal));
}
