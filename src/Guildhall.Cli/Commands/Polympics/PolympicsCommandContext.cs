using System.CommandLine;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Cli.Output;
using Guildhall.Polympics;
using Guildhall.Polympics.Json;

namespace Guildhall.Cli.Commands.Polympics;

/// <summary>Builds the clients a <c>guildhall polympics</c> command needs and prints its results.</summary>
internal sealed class PolympicsCommandContext(ApiCommandOptions options)
{
    public ApiCommandOptions Options { get; } = options;

    public PolympicsClient Anonymous(ParseResult parse) => new(ClientOptions(parse));

    /// <summary>A client for the credentials given: an app client for <c>A&lt;id&gt;</c>, a user client for <c>S&lt;id&gt;</c>.</summary>
    public PolympicsAuthenticatedClient Authenticated(ParseResult parse)
    {
        var credentials = Credentials(parse);
        return credentials.Kind == PolympicsCredentialKind.App
            ? new PolympicsAppClient(credentials, ClientOptions(parse))
            : new PolympicsUserClient(credentials, ClientOptions(parse));
    }

    public PolympicsAppClient App(ParseResult parse) =>
        Authenticated(parse) as PolympicsAppClient ?? throw new InvalidOperationException("This command needs app credentials (A<id>:TOKEN).");

    /// <summary>Prints a Polympics model as JSON with --json, otherwise with <paramref name="writeTable"/>.</summary>
    public void Print<T>(ParseResult parse, T value, Action<TextWriter, T> writeTable) =>
        Print(parse, value, PolympicsJson.TypeInfo<T>(), writeTable);

    /// <summary>Prints <paramref name="value"/> as JSON with --json, otherwise with <paramref name="writeTable"/>.</summary>
    public void Print<T>(ParseResult parse, T value, JsonTypeInfo<T> typeInfo, Action<TextWriter, T> writeTable) =>
        Options.Write(parse, value, typeInfo, writeTable);

    private PolympicsCredentials Credentials(ParseResult parse)
    {
        var value = Options.RequireCredential(parse);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            ? new PolympicsCredentials(value[..colon], value[(colon + 1)..])
            : throw new ArgumentException("Polympics credentials are USERNAME:TOKEN, for example A1:c2Fu... (as `guildhall sandbox` prints them).");
    }

    private PolympicsClientOptions ClientOptions(ParseResult parse) => Options.Configure(parse, new PolympicsClientOptions());
}
