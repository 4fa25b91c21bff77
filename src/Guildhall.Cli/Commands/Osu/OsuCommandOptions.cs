using System.CommandLine;
using System.Globalization;
using Guildhall.Osu;
using Guildhall.Osu.Sqlite;

namespace Guildhall.Cli.Commands.Osu;

/// <summary>
/// The options of <c>guildhall osu</c>: the site (<c>--base-url</c>), the OAuth application (<c>--client-id</c>,
/// <c>--client-secret</c> or <c>OSU_CLIENT_ID</c>, <c>OSU_CLIENT_SECRET</c>), where user sessions are kept
/// (<c>--token-store</c>), which session to act as (<c>--session</c>), the score format and <c>--json</c>.
/// </summary>
internal sealed class OsuCommandOptions
{
    public const string ClientIdVariable = "OSU_CLIENT_ID";

    public OsuCommandOptions()
    {
        Api = new ApiCommandOptions(
            CliApi.Osu, "The OAuth application's client secret (osu! settings, OAuth).", rateLimited: true);
        ClientId = new Option<long?>("--client-id")
        {
            Description = $"The OAuth application's client id. Defaults to the {ClientIdVariable} environment variable.",
            Recursive = true,
        };
        TokenStore = new Option<string>("--token-store")
        {
            Description = "The SQLite file that keeps user sessions between runs (written by 'osu login').",
            DefaultValueFactory = _ => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "guildhall", "osu-tokens.db"),
            Recursive = true,
        };
        Session = new Option<long?>("--session")
        {
            Description = "Act as this user (their id), whose session 'osu login' stored; without it the app client (client credentials) is used.",
            Recursive = true,
        };
        Format = new Option<string>("--format")
        {
            Description = "The score format: lazer or legacy.",
            DefaultValueFactory = _ => "lazer",
            Recursive = true,
        };
        Format.AcceptOnlyFromAmong("lazer", "legacy");
    }

    public ApiCommandOptions Api { get; }

    public Option<long?> ClientId { get; }

    public Option<string> TokenStore { get; }

    public Option<long?> Session { get; }

    public Option<string> Format { get; }

    public void AddTo(Command command)
    {
        Api.AddTo(command);
        command.Options.Add(ClientId);
        command.Options.Add(TokenStore);
        command.Options.Add(Session);
        command.Options.Add(Format);
    }

    public bool Json(ParseResult parse) => parse.GetValue(Api.Json);

    /// <summary>The client options from the command line and the environment; a clear error when the application is missing.</summary>
    public OsuClientOptions CreateOptions(ParseResult parse)
    {
        var clientId = parse.GetValue(ClientId)
            ?? (long.TryParse(Environment.GetEnvironmentVariable(ClientIdVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var fromEnvironment) ? fromEnvironment : (long?)null)
            ?? throw new InvalidOperationException($"No client id: pass --client-id or set {ClientIdVariable}.");
        return Api.Configure(parse, new OsuClientOptions
        {
            ClientId = clientId,
            ClientSecret = Api.RequireCredential(parse),
            ScoreFormat = parse.GetValue(Format) == "legacy" ? OsuScoreFormat.Legacy : OsuScoreFormat.Lazer,
        });
    }

    /// <summary>A storage over the token store file (created with its folder on first use).</summary>
    public OsuClientStorage CreateStorage(ParseResult parse)
    {
        var options = CreateOptions(parse);
        var path = Path.GetFullPath(parse.GetValue(TokenStore)!);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new OsuClientStorage(options, new SqliteOsuTokenRepository(path));
    }

    /// <summary>The client to call with: the stored session given by <c>--session</c>, else the app client.</summary>
    public async Task<OsuClient> ClientAsync(OsuClientStorage storage, ParseResult parse, CancellationToken cancellationToken)
    {
        if (parse.GetValue(Session) is not { } session)
        {
            return storage.AppClient;
        }

        try
        {
            return await storage.GetClientAsync(session, cancellationToken).ConfigureAwait(false);
        }
        catch (KeyNotFoundException)
        {
            throw new InvalidOperationException($"No stored session for user {session} in {parse.GetValue(TokenStore)}: run 'guildhall osu login' first.");
        }
    }
}
