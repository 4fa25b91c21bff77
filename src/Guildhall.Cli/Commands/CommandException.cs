namespace Guildhall.Cli.Commands;

/// <summary>
/// A failure a command explains itself, in words that name what to change (an option, an address): printed as it is,
/// with its exit code.
/// </summary>
internal sealed class CommandException(string message, int exitCode, Exception? innerException = null) : Exception(message, innerException)
{
    /// <summary>The process exit code: <see cref="CommandFailure.Failed"/> or <see cref="CommandFailure.BadInput"/>.</summary>
    public int ExitCode { get; } = exitCode;
}
