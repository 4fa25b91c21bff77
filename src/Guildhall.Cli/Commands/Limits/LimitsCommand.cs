using System.CommandLine;
using System.Globalization;
using Guildhall.Cli.Output;
using Guildhall.Core.RateLimiting;
using Guildhall.Osu;
using Guildhall.Polympics;
using Guildhall.Tatsu;
using Guildhall.TopGg;

namespace Guildhall.Cli.Commands.Limits;

/// <summary>
/// <c>guildhall limits topgg|tatsu|osu|polympics</c>: a credential's budget as every process sharing the store sees it
/// (Redis with <c>--redis</c> or <c>GUILDHALL_REDIS</c>, else the command line's own file), bucket by bucket, without
/// calling the API and without taking a slot. The buckets are the client package's own (<c>DescribeRateLimits</c>); the
/// credential is printed only as the fingerprint its bucket keys carry.
/// </summary>
internal static class LimitsCommand
{
    public static Command Create()
    {
        var command = new Command("limits", "Show a credential's shared rate-limit budget (used, remaining, next free slot, block) without calling the API.");
        command.Subcommands.Add(TopGg());
        command.Subcommands.Add(Tatsu());
        command.Subcommands.Add(Osu());
        command.Subcommands.Add(Polympics());
        return command;
    }

    private static Command TopGg() => ForSecret(
        "topgg",
        "Show a Top.gg token's budget: the global, /bots and announcement buckets.",
        new ApiCommandOptions(CliApi.TopGg, "The Top.gg API token whose budget to show.", rateLimited: true),
        token => TopGgClient.DescribeRateLimits(new TopGgClientOptions { Token = token }));

    private static Command Tatsu() => ForSecret(
        "tatsu",
        "Show a Tatsu API key's budget.",
        new ApiCommandOptions(CliApi.Tatsu, "The Tatsu API key whose budget to show.", rateLimited: true),
        key => TatsuClient.DescribeRateLimits(new TatsuClientOptions { ApiKey = key }));

    private static Command Osu()
    {
        // The budget is keyed by the application and the session, so the client id stands in for the credential here.
        var byClientId = CliApi.Osu with { CredentialOption = "--client-id", Credentials = [(Commands.Osu.OsuCommandOptions.ClientIdVariable, "client id")] };
        var api = new ApiCommandOptions(byClientId, "The OAuth application's client id (no secret is needed).", rateLimited: true);
        var session = new Option<long>("--session")
        {
            Description = "The session: a user's id, as with 'guildhall osu --session'. Defaults to the app client (client credentials).",
            DefaultValueFactory = _ => OsuClientStorage.AppSessionId,
        };
        var command = Create("osu", "Show the budget of one session of an osu! application.", api, parse =>
        {
            var clientId = long.TryParse(api.RequireCredential(parse), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
                ? id
                : throw new CommandException("--client-id must be the application's numeric id (osu! settings, OAuth).", CommandFailure.BadInput);
            var sessionId = parse.GetValue(session);
            var name = string.Create(CultureInfo.InvariantCulture, $"application {clientId}, session {(sessionId == OsuClientStorage.AppSessionId ? "app client" : sessionId.ToString(CultureInfo.InvariantCulture))}");
            return (name, OsuClient.DescribeRateLimits(new OsuClientOptions { ClientId = clientId }, sessionId));
        });
        command.Options.Add(session);
        return command;
    }

    private static Command Polympics()
    {
        var json = new Option<bool>("--json") { Description = "Print the budget as JSON instead of a table." };
        var command = new Command("polympics", "Polympics has no client-side budget: it documents no rate limit.") { json };
        CommandRunner.SetAction(command, (parse, _) =>
        {
            var buckets = PolympicsClient.DescribeRateLimits(new PolympicsClientOptions());
            Write(parse.GetValue(json), new LimitsReport("polympics", "any", "none", [.. buckets.Select(bucket => LimitsBucket.Of(bucket, Empty(bucket.Rule)))]));
            return Task.CompletedTask;
        });
        return command;
    }

    /// <summary>A subcommand for an API whose buckets derive from a secret (a token, a key), named by its fingerprint.</summary>
    private static Command ForSecret(string name, string description, ApiCommandOptions api, Func<string, IReadOnlyList<RateLimitBucketDescription>> describe) =>
        Create(name, description, api, parse =>
        {
            var buckets = describe(api.RequireCredential(parse));
            return (Fingerprint(buckets), buckets);
        });

    /// <summary>A subcommand that describes a credential's buckets and reads each from the store the API commands would use.</summary>
    private static Command Create(
        string name, string description, ApiCommandOptions api, Func<ParseResult, (string Credential, IReadOnlyList<RateLimitBucketDescription> Buckets)> describe)
    {
        var command = new Command(name, description);
        api.AddTo(command);
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var (credential, buckets) = describe(parse);
            var store = api.OpenRateLimitStore(parse);
            var rows = new List<LimitsBucket>(buckets.Count);
            foreach (var bucket in buckets)
            {
                rows.Add(LimitsBucket.Of(bucket, await store.GetSnapshotAsync(bucket.Rule, cancellationToken).ConfigureAwait(false)));
            }

            var where = api.RateLimits!.RedisConfiguration(parse) is null ? Path.GetFullPath(parse.GetValue(api.RateLimits.File)!) : "redis";
            Write(parse.GetValue(api.Json), new LimitsReport(name, credential, where, rows));
        });
        return command;
    }

    /// <summary>
    /// How a token or key is named in the output: the partition its bucket keys carry (between the braces), a hash that
    /// cannot be reversed, of the credential as the client uses it (a Top.gg token trimmed and without <c>Bearer </c>).
    /// </summary>
    private static string Fingerprint(IReadOnlyList<RateLimitBucketDescription> buckets)
    {
        var key = buckets[0].Rule.Key;
        var start = key.IndexOf('{', StringComparison.Ordinal) + 1;
        return "sha256:" + key[start..key.IndexOf('}', start)];
    }

    private static RateLimitSnapshot Empty(RateLimitRule rule) => new(rule.Key, rule.Limit, rule.Limit, null, null);

    private static void Write(bool json, LimitsReport report)
    {
        if (json)
        {
            JsonOutput.Write(Console.Out, report, LimitsJsonContext.Default.LimitsReport);
            return;
        }

        LimitsPrinter.Write(Console.Out, report);
    }
}
