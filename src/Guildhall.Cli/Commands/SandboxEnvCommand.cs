using System.CommandLine;
using System.Text.Json;
using Guildhall.Cli.Output;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Cli.Commands;

/// <summary>
/// <c>guildhall sandbox env</c>: the environment of a running sandbox, as lines a shell evaluates. Every API command
/// group then calls the sandbox (<c>GUILDHALL_&lt;API&gt;_BASE_URL</c>) with its credentials (<c>TOPGG_TOKEN</c>, …)
/// without an option on each command.
/// </summary>
internal static class SandboxEnvCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "Where the sandbox runs.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var shell = new Option<string>("--shell") { Description = "sh (bash, zsh: export NAME='value') or pwsh ($env:NAME = 'value').", DefaultValueFactory = _ => "sh" };
        shell.AcceptOnlyFromAmong("sh", "pwsh");
        var json = new Option<bool>("--json") { Description = "Print the variables as one JSON object instead." };
        var command = new Command(
            "env",
            "Print the environment variables that point every command at a running sandbox, with its credentials: eval \"$(guildhall sandbox env)\" (bash, zsh) or guildhall sandbox env --shell pwsh | Invoke-Expression.")
        {
            url, shell, json,
        };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var parsed = HttpAddress.Parse(parse.GetValue(url), "--url", "use the sandbox's, for example http://127.0.0.1:5080.");
            var sandbox = new Uri(parsed.AbsoluteUri.TrimEnd('/') + "/");
            var credentials = await ReadCredentialsAsync(sandbox, cancellationToken).ConfigureAwait(false);
            var variables = Variables(sandbox, credentials);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(Console.Out, variables, CliJsonContext.Default.DictionaryStringString);
                return;
            }

            var pwsh = parse.GetValue(shell) == "pwsh";
            foreach (var (name, value) in variables)
            {
                var quoted = "'" + value.Replace("'", pwsh ? "''" : "'\\''", StringComparison.Ordinal) + "'";
                Console.Out.WriteLine(pwsh ? $"$env:{name} = {quoted}" : $"export {name}={quoted}");
            }
        });
        return command;
    }

    /// <summary>Each API's base-URL variable, then the variables of the sandbox credentials that fit each group.</summary>
    public static Dictionary<string, string> Variables(Uri sandbox, IReadOnlyList<SandboxCredential> credentials)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var api in CliApi.All)
        {
            variables[api.BaseUrlVariable] = new Uri(sandbox, api.SandboxPath.TrimEnd('/') + "/").AbsoluteUri;
        }

        foreach (var api in CliApi.All)
        {
            foreach (var (variable, name) in api.Credentials)
            {
                if (credentials.FirstOrDefault(credential => credential.Api == api.Name && credential.Name == name) is { } credential)
                {
                    variables[variable] = credential.Value;
                }
            }
        }

        return variables;
    }

    private static async Task<IReadOnlyList<SandboxCredential>> ReadCredentialsAsync(Uri sandbox, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var address = new Uri(sandbox, "_sandbox/credentials");
        try
        {
            using var document = JsonDocument.Parse(await http.GetStringAsync(address, cancellationToken).ConfigureAwait(false));
            return [.. document.RootElement.EnumerateArray().Select(credential => new SandboxCredential(
                credential.GetProperty("api").GetString() ?? "",
                credential.GetProperty("name").GetString() ?? "",
                credential.GetProperty("value").GetString() ?? "",
                credential.GetProperty("description").GetString() ?? ""))];
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new CommandException(
                $"no sandbox answers at {sandbox} ({exception.Message}): start one with 'guildhall sandbox', or name its address with --url.", CommandFailure.Failed, exception);
        }
    }
}
