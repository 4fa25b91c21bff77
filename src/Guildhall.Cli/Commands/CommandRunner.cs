using System.CommandLine;
using Guildhall.Cli.Output;
using Microsoft.AspNetCore.Http;

namespace Guildhall.Cli.Commands;

/// <summary>
/// Runs every command's action and turns any failure into one line on standard error that names what to change, and
/// an exit code (<see cref="CommandFailure"/>), instead of a stack trace; <c>--verbose</c> adds the exception with its
/// stack trace. Commands that listen name their address option, which is checked before the command runs.
/// </summary>
internal static class CommandRunner
{
    /// <summary>The global option that adds the exception and its stack trace to a failure's line.</summary>
    public const string VerboseOptionName = "--verbose";

    /// <summary>The <c>--verbose</c> option, for the root command (every subcommand inherits it).</summary>
    public static Option<bool> CreateVerboseOption() => new(VerboseOptionName)
    {
        Description = "When a command fails, print the exception and its stack trace as well.",
        Recursive = true,
    };

    /// <summary>Sets <paramref name="action"/> as the command's action, wrapped in the error handling; exit code 0 when it returns.</summary>
    /// <param name="command">The command.</param>
    /// <param name="action">What the command does.</param>
    /// <param name="listenAddress">The option with the address(es) the command listens on, if it listens.</param>
    public static void SetAction(Command command, Func<ParseResult, CancellationToken, Task> action, Option<string>? listenAddress = null) =>
        SetAction(
            command,
            async (parse, cancellationToken) =>
            {
                await action(parse, cancellationToken).ConfigureAwait(false);
                return 0;
            },
            listenAddress);

    /// <summary>Sets <paramref name="action"/> as the command's action, wrapped in the error handling; the action returns the exit code.</summary>
    /// <param name="command">The command.</param>
    /// <param name="action">What the command does.</param>
    /// <param name="listenAddress">The option with the address(es) the command listens on, if it listens.</param>
    public static void SetAction(Command command, Func<ParseResult, CancellationToken, Task<int>> action, Option<string>? listenAddress = null)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            // A server prints its own state and runs until stopped: a spinner would only cover its lines.
            using var progress = listenAddress is null ? CommandProgress.Begin() : null;
            try
            {
                if (listenAddress is not null)
                {
                    CheckListenAddress(listenAddress, parse.GetValue(listenAddress));
                }

                return await action(parse, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever a command throws ends as one line and an exit code, never as a crash.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                progress?.Dispose();
                var failure = CommandFailure.Describe(exception, parse, listenAddress, cancellationToken);
                await Console.Error.WriteLineAsync("error: " + failure.Message.ReplaceLineEndings(" ")).ConfigureAwait(false);
                if (parse.GetValue<bool>(VerboseOptionName))
                {
                    await Console.Error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
                }

                return failure.ExitCode;
            }
        });
    }

    /// <summary>Refuses, before anything starts, an address Kestrel could not listen on (several are separated by <c>;</c>).</summary>
    private static void CheckListenAddress(Option<string> option, string? value)
    {
        foreach (var address in (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).DefaultIfEmpty(""))
        {
            string? scheme;
            try
            {
                scheme = BindingAddress.Parse(address).Scheme;
            }
            catch (FormatException)
            {
                scheme = null;
            }

            if (scheme is not ("http" or "https"))
            {
                var why = scheme is null ? "" : $" (it is {scheme}, not http or https)";
                throw new CommandException(
                    $"{option.Name} '{address}' is not an address to listen on{why}: use http://HOST:PORT, for example http://127.0.0.1:5080.",
                    CommandFailure.BadInput);
            }
        }
    }
}
