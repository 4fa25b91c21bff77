using System.CommandLine;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Cli.Output;
using Guildhall.TopGg;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary>What every <c>guildhall topgg</c> subcommand shares: the common options, the client, and the output choice.</summary>
internal sealed class TopGgCommandContext(ApiCommandOptions api)
{
    /// <summary>Sends a legacy token raw to v0 routes.</summary>
    public Option<bool> LegacyToken { get; } = new("--legacy-token")
    {
        Description = "The token is a legacy one: send it without 'Bearer' to v0 routes (v1 routes refuse legacy tokens).",
        Recursive = true,
    };

    public ApiCommandOptions Api => api;

    public void AddTo(Command command)
    {
        api.AddTo(command);
        command.Options.Add(LegacyToken);
    }

    public TopGgClient CreateClient(ParseResult parse) => new(api.RequireCredential(parse), api.Configure(parse, new TopGgClientOptions { LegacyToken = parse.GetValue(LegacyToken) }));

    /// <summary>Sets a command's action to one client call whose result is printed as a table or as JSON.</summary>
    public Command Show<T>(Command command, Func<Guildhall.TopGg.TopGgClient, ParseResult, CancellationToken, Task<T>> call, JsonTypeInfo<T> typeInfo, Action<TextWriter, T> table)
    {
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var topgg = CreateClient(parse);
            var result = await call(topgg, parse, cancellationToken).ConfigureAwait(false);
            Write(parse, result, typeInfo, table);
        });
        return command;
    }

    /// <summary>Prints a result as JSON (<c>--json</c>) or as the command's table.</summary>
    public void Write<T>(ParseResult parse, T value, JsonTypeInfo<T> typeInfo, Action<TextWriter, T> table) => api.Write(parse, value, typeInfo, table);

    /// <summary>Prints one value of a command that keeps running (see <see cref="ApiCommandOptions.WriteLine{T}"/>).</summary>
    public void WriteLine<T>(ParseResult parse, T value, JsonTypeInfo<T> typeInfo, Action<TextWriter, T> line) => api.WriteLine(parse, value, typeInfo, line);

    /// <summary>Reports a change the API answers without a body.</summary>
    public void WriteDone(ParseResult parse, string summary) => api.WriteDone(parse, summary);
}
