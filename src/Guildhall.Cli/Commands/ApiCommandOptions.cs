using System.CommandLine;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Cli.Output;
using Guildhall.Core;

namespace Guildhall.Cli.Commands;

/// <summary>
/// The options every API command group shares: where the API is (<c>--base-url</c> or
/// <c>GUILDHALL_&lt;API&gt;_BASE_URL</c>), which credential to use (an option or an environment variable, so secrets need
/// not appear in shell history), how long a call may take (<c>--timeout</c>) and whether to print JSON; for a
/// rate-limited API, also where its budget is kept between runs. <see cref="Configure{T}"/> applies them to a client's
/// options, with the progress reporting every command shares.
/// </summary>
internal sealed class ApiCommandOptions
{
    /// <summary>The longest <c>--timeout</c>: a day, as long as "as long as it takes" waits for a rate limit.</summary>
    private const double MaxTimeoutSeconds = 86_400;

    public ApiCommandOptions(CliApi api, string credentialDescription, bool rateLimited = false)
    {
        Api = api;
        RateLimits = rateLimited ? new RateLimitStoreOptions() : null;
        var (credentialOption, environmentVariable) = (api.CredentialOption, api.CredentialVariable);
        EnvironmentVariable = environmentVariable;
        var sandboxExample = $"http://127.0.0.1:5080/{api.SandboxPath}";
        BaseUrl = new Option<string>("--base-url")
        {
            Description = $"The API's base address; point it at the sandbox with {sandboxExample}. Defaults to the {api.BaseUrlVariable} environment variable, else {api.DefaultBaseAddress}.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(api.BaseUrlVariable) is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : api.DefaultBaseAddress.AbsoluteUri,
            Recursive = true,
        };
        Timeout = new Option<double?>("--timeout")
        {
            Description = "The longest one call may take, in seconds, retries and rate-limit waits included (default 100; 0 waits as long as it takes).",
            Recursive = true,
        };
        Timeout.Validators.Add(result =>
        {
            // Also refuses infinity and NaN, and what no timer can wait for (about 49.7 days).
            if (result.GetValueOrDefault<double?>() is { } seconds && !(seconds is >= 0 and <= MaxTimeoutSeconds))
            {
                result.AddError("--timeout is a number of seconds, 0 to 86400 (a day); 0 waits as long as it takes.");
            }
        });
        Credential = new Option<string?>(credentialOption)
        {
            Description = $"{credentialDescription} Defaults to the {environmentVariable} environment variable.",
            Recursive = true,
        };
        Json = new Option<bool>("--json") { Description = "Print the response as JSON instead of a table.", Recursive = true };
    }

    /// <summary>The API the options are for.</summary>
    public CliApi Api { get; }

    /// <summary>The environment variable that holds the credential when the option is absent.</summary>
    public string EnvironmentVariable { get; }

    public Option<string> BaseUrl { get; }

    public Option<string?> Credential { get; }

    public Option<bool> Json { get; }

    public Option<double?> Timeout { get; }

    /// <summary>Where a rate-limited API's budget is kept; <see langword="null"/> for an API without client-side limits.</summary>
    public RateLimitStoreOptions? RateLimits { get; }

    /// <summary>Adds the options to a command group; subcommands inherit them.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(BaseUrl);
        command.Options.Add(Credential);
        command.Options.Add(Json);
        command.Options.Add(Timeout);
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
        return HttpAddress.Parse(parse.GetValue(BaseUrl), BaseUrl.Name, $"use the API's root, for example http://127.0.0.1:5080/{Api.SandboxPath} for the sandbox.");
    }

    /// <summary>The store that keeps the API's budget between runs.</summary>
    public Core.RateLimiting.IRateLimitStore OpenRateLimitStore(ParseResult parse) =>
        (RateLimits ?? throw new InvalidOperationException("This API has no client-side rate limits.")).Open(parse, GetBaseUri(parse));

    /// <summary>Prints a result as JSON (<c>--json</c>) or as the command's table, on standard output.</summary>
    public void Write<T>(ParseResult parse, T value, JsonTypeInfo<T> typeInfo, Action<TextWriter, T> table)
    {
        if (parse.GetValue(Json))
        {
            JsonOutput.Write(Console.Out, value, typeInfo);
        }
        else
        {
            table(Console.Out, value);
        }
    }

    /// <summary>Prints one value of a command that keeps running: a table line, or with <c>--json</c> one compact JSON line.</summary>
    public void WriteLine<T>(ParseResult parse, T value, JsonTypeInfo<T> typeInfo, Action<TextWriter, T> line)
    {
        if (parse.GetValue(Json))
        {
            JsonOutput.WriteLine(Console.Out, value, typeInfo);
        }
        else
        {
            line(Console.Out, value);
        }
    }

    /// <summary>Reports a change the API answers without a body: the summary, or <c>{"ok":true}</c> with <c>--json</c>.</summary>
    public void WriteDone(ParseResult parse, string summary) =>
        Console.Out.WriteLine(parse.GetValue(Json) ? "{\"ok\":true}" : summary);

    /// <summary>
    /// Applies the shared options to a client's <paramref name="options"/>: the base address, the call budget of
    /// <c>--timeout</c>, the rate-limit store of a rate-limited API, and the log that shows waits and retries on
    /// standard error while the command runs.
    /// </summary>
    public T Configure<T>(ParseResult parse, T options)
        where T : ApiClientOptions
    {
        options.BaseAddress = GetBaseUri(parse);
        if (parse.GetValue(Timeout) is { } seconds)
        {
            options.Timeout = seconds == 0 ? System.Threading.Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconds);
            // A rate-limit wait longer than the call's budget would only end in a timeout; without a budget, a day stands for "as long as it takes".
            options.MaxRateLimitWait = seconds == 0 ? TimeSpan.FromDays(1) : TimeSpan.FromSeconds(seconds);
        }

        if (RateLimits is not null)
        {
            options.RateLimitStore = OpenRateLimitStore(parse);
        }

        options.LoggerFactory = CommandProgress.Current?.LoggerFactory;
        return options;
    }
}
