using System.CommandLine;
using Guildhall.Core.Errors;

namespace Guildhall.Cli.Commands;

/// <summary>
/// Runs a command's action and turns failures into one readable line on standard error and an exit code, instead of a
/// stack trace: 1 for an API or network failure, 2 for bad input.
/// </summary>
internal static class CommandRunner
{
    /// <summary>Sets <paramref name="action"/> as the command's action, wrapped in the error handling.</summary>
    public static void SetAction(Command command, Func<ParseResult, CancellationToken, Task> action)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                await action(parse, cancellationToken).ConfigureAwait(false);
                return 0;
            }
            catch (GuildhallApiException exception)
            {
                await Console.Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                return 1;
            }
            catch (Exception exception) when (exception is HttpRequestException or TimeoutException)
            {
                await Console.Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                return 1;
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException)
            {
                await Console.Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                return 2;
            }
        });
    }
}
