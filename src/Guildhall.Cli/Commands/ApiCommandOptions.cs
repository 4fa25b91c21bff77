using System.CommandLine;

namespace Guildhall.Cli.Commands;

/// <summary>
/// The options every API command group shares: where the API is, which credential to use (an option or an environment
/// variable, so secrets need not appear in shell history), and whether to print JSON; for a rate-limited API, also where
/// its budget is kept between runs.
/// </summary>
internal sealed class ApiCommandOptions
{
    public ApiCommandOptions(string defaultBaseUrl, string credentialOption, string environmentVariable, string credentialDescription, bool rateLimited = false)
    {
        RateLimits = rateLimited ? new RateLimitStoreOptions() : null;
        EnvironmentVariable = environmentVariable;
        BaseUrl = new Option<string>("--base-url")
        {
            Description = "The API's base address (point it at the sandbox, e.g. http://127.0.0.1:5080/...).",
            DefaultValueFactory = _ => defaultBaseUrl,
            Recursive = true,
        };
        Credential = new Option<string?>(credentialOption)
        {
            Description = $"{credentialDescription} Defaults to the {environmentVariable} environment variable.",
            Recursive = true,
        };
        Json = new Option<bool>("--json") { Description = "Print the response as JSON instead of a table.", Recursive = true };
    }

    /// <summary>The environment variable that holds the credential when the option is absent.</summary>
    public string EnvironmentVariable { get; }

    public Option<string> BaseUrl { get; }

    public Option<string?> Credential { get; }

    public Option<bool> Json { get; }

    /// <summary>Where a rate-limited API's budget is kept; <see langword="null"/> for an API without client-side limits.</summary>
    public RateLimitStoreOptions? RateLimits { get; }

    /// <summary>Adds the options to a command group; subcommands inherit them.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(BaseUrl);
        command.Options.Add(Credential);
        command.Options.Add(Json);
        RateLimits?.AddTo(command);
    }

    /// <summary>The credential from the option or the environment; a clear error when neither is set.</summary>
    public string RequireCredential(ParseResult parse) =>
        parse.GetValue(Credential)
        ?? Environment.GetEnvironmentVariable(EnvironmentVariable)
        ?? throw new InvalidOperationException($"No credential: pass {Credential.Name} or set {EnvironmentVariable}.");

    /// <summary>The base address as a URI; a clear error naming <c>--base-url</c> when it is not an http or https address.</summary>
    public Uri GetBaseUri(ParseResult parse)
    {
        var value = parse.GetValue(BaseUrl);
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new CommandException(
                $"{BaseUrl.Name} '{value}' is not an http or https address: use the API's root, for example http://127.0.0.1:5080/tatsu/v1 for the sandbox.",
                CommandFailure.BadInput);
    }

    /// <summary>The store that keeps the API's budget between runs.</summary>
    public Core.RateLimiting.IRateLimitStore OpenRateLimitStore(ParseResult parse) =>
        (RateLimits ?? throw new InvalidOperationException("This API has no client-side rate limits.")).Open(parse, GetBaseUri(parse));
}
