using System.CommandLine;
using System.Net.Sockets;
using Guildhall.Core.Errors;
using Microsoft.AspNetCore.Connections;

namespace Guildhall.Cli.Commands;

/// <summary>
/// What a command's failure means to the person who ran it: one line that names what to change, and the exit code.
/// Known exceptions are translated here, once for every command.
/// </summary>
/// <param name="Message">The line to print after <c>error: </c>.</param>
/// <param name="ExitCode">The process exit code.</param>
internal sealed record CommandFailure(string Message, int ExitCode)
{
    /// <summary>The exit code of a call that failed: the API or the network refused, an address could not be bound.</summary>
    public const int Failed = 1;

    /// <summary>The exit code of input to correct: an option or argument the command cannot use.</summary>
    public const int BadInput = 2;

    /// <summary>The exit code of a command interrupted by Ctrl+C or SIGTERM before it finished (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    /// <summary>Explains <paramref name="exception"/>, thrown by the command <paramref name="parse"/> ran.</summary>
    /// <param name="exception">What the command threw.</param>
    /// <param name="parse">The command line, to name the options involved.</param>
    /// <param name="listenAddress">The option holding the address the command listens on, if it listens.</param>
    /// <param name="cancellationToken">The command's token: cancelled when the user interrupted it.</param>
    public static CommandFailure Describe(Exception exception, ParseResult parse, Option<string>? listenAddress, CancellationToken cancellationToken) => exception switch
    {
        CommandException command => new(command.Message, command.ExitCode),
        OperationCanceledException when cancellationToken.IsCancellationRequested => new("interrupted before the command finished.", Interrupted),
        GuildhallApiException api => new(ApiFailure.Describe(api), Failed),
        IOException or SocketException when listenAddress is not null && FindSocketError(exception) is { } error => new(BindFailure(error, parse, listenAddress), Failed),
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } network =>
            new(NoAnswer(network, parse), Failed),
        HttpRequestException http => new(Dropped(http, parse), Failed),
        TimeoutException timeout => new($"{timeout.Message} Try again later, or allow longer with --timeout SECONDS; the service may be slow or unreachable.", Failed),
        ArgumentException or InvalidOperationException or FormatException => new(WithoutParameterName(exception), BadInput),
        _ => new($"{exception.Message} (run with --verbose for the details)", Failed),
    };

    /// <summary>The socket error behind a failure to bind an address (Kestrel wraps some in an <see cref="IOException"/>).</summary>
    private static SocketError? FindSocketError(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case AddressInUseException:
                    return SocketError.AddressAlreadyInUse;
                case SocketException socket:
                    return socket.SocketErrorCode;
            }
        }

        return null;
    }

    private static string BindFailure(SocketError error, ParseResult parse, Option<string> listenAddress)
    {
        var address = parse.GetValue(listenAddress);
        return error switch
        {
            SocketError.AddressAlreadyInUse =>
                $"{address} is already in use by another program: stop that program, or listen elsewhere with {listenAddress.Name}.",
            SocketError.AccessDenied =>
                $"this user may not listen on {address} (ports below 1024 need administrator rights): choose another port with {listenAddress.Name}.",
            SocketError.AddressNotAvailable =>
                $"{address} is not an address of this machine: choose one it has (127.0.0.1 for this machine only, 0.0.0.0 for every network) with {listenAddress.Name}.",
            _ => $"cannot listen on {address} ({error}): choose another address with {listenAddress.Name}.",
        };
    }

    /// <summary>A request that got no answer at all: name where it went and the option that says so.</summary>
    private static string NoAnswer(HttpRequestException exception, ParseResult parse) =>
        BaseUrl(parse) is not { } baseUrl
            ? exception.Message
            : $"no answer from {ApiName(parse)}{parse.GetValue(baseUrl)} ({exception.Message}): check the address (--base-url) and the network.";

    /// <summary>A connection that broke after the request went out (the server closed it, a proxy reset it): name the API it was.</summary>
    private static string Dropped(HttpRequestException exception, ParseResult parse) =>
        BaseUrl(parse) is not { } baseUrl
            ? exception.Message
            : $"the connection to {ApiName(parse)}{parse.GetValue(baseUrl)} broke before the answer was complete ({exception.Message}); try again, and check --base-url if it keeps happening.";

    /// <summary>The <c>--base-url</c> option of the command that ran, if it calls an API.</summary>
    private static Option<string>? BaseUrl(ParseResult parse) =>
        parse.CommandResult.Command.Options
            .Concat(Ancestors(parse.CommandResult.Command).SelectMany(command => command.Options).Where(option => option.Recursive))
            .OfType<Option<string>>()
            .FirstOrDefault(option => option.Name == "--base-url");

    /// <summary>"Top.gg at " when the command belongs to an API's group, so the line says which API failed.</summary>
    private static string ApiName(ParseResult parse) =>
        Ancestors(parse.CommandResult.Command).Prepend(parse.CommandResult.Command).Select(command => CliApi.Find(command.Name)).FirstOrDefault(api => api is not null) is { } api
            ? api.DisplayName + " at "
            : "";

    private static IEnumerable<Command> Ancestors(Command command) =>
        command.Parents.OfType<Command>().SelectMany(parent => Ancestors(parent).Prepend(parent));

    /// <summary>
    /// An argument exception's message without what the runtime appends for a programmer (" (Parameter 'x')" and
    /// "Actual value was …"): the user passed no parameter, and typed the value themselves.
    /// </summary>
    private static string WithoutParameterName(Exception exception)
    {
        // The runtime puts "Actual value was …" on a line of its own.
        var message = exception is ArgumentOutOfRangeException ? exception.Message.Split('\n')[0].TrimEnd('\r') : exception.Message;
        return exception is ArgumentException { ParamName: { } parameter }
            ? message.Replace($" (Parameter '{parameter}')", "", StringComparison.Ordinal)
            : message;
    }
}
