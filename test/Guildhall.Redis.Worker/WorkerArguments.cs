namespace Guildhall.Redis.Worker;

/// <summary>A command followed by <c>--name value</c> pairs (a flag without a value reads as <c>true</c>).</summary>
internal sealed class WorkerArguments(string command, Dictionary<string, string> values)
{
    public string Command { get; } = command;

    public static WorkerArguments Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new ArgumentException("A command is required.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected an option, got '{args[i]}'.");
            }

            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[args[i][2..]] = hasValue ? args[++i] : "true";
        }

        return new WorkerArguments(args[0], values);
    }

    public string Require(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    public string? Optional(string name) => values.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => values.ContainsKey(name);
}
