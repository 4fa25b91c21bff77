namespace Guildhall.Samples.HostedBot;

/// <summary>The bot's configuration is incomplete or unreadable; <see cref="Problems"/> names every setting to fix.</summary>
public sealed class BotSettingsException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public BotSettingsException(IReadOnlyList<string> problems)
        : base("The bot cannot start: " + string.Join("; ", problems ?? []) + ".") =>
        Problems = problems ?? [];

    /// <summary>Each problem, one per setting.</summary>
    public IReadOnlyList<string> Problems { get; }
}
