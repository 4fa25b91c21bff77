using System.Globalization;

namespace Guildhall.LoadDriver;

/// <summary>The command and its <c>--name value</c> options.</summary>
internal sealed class DriverArguments
{
    private readonly Dictionary<string, string> _options;

    private DriverArguments(string command, Dictionary<string, string> options)
    {
        Command = command;
        _options = options;
    }

    public string Command { get; }

    public static DriverArguments Parse(string[] args)
    {
        if (args.Length == 0 || args.Length % 2 == 0)
        {
            throw new ArgumentException("Expected a command followed by --name value pairs.");
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected an option name at '{args[i]}'.");
            }

            options[args[i][2..]] = args[i + 1];
        }

        return new DriverArguments(args[0], options);
    }

    public string Require(string name) =>
        _options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    public int Number(string name) =>
        int.TryParse(Require(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"--{name} must be a positive whole number.");
}
