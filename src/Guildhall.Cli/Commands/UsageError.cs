using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Guildhall.Cli.Commands;

/// <summary>
/// A command line the parser refused, told the way every other failure is: one line on standard error that says what
/// is wrong in the user's terms (never a .NET type name), a hint to <c>--help</c>, and <see cref="CommandFailure.BadInput"/>.
/// Standard output stays empty, so a script that reads it never mistakes the help for a result.
/// </summary>
internal static partial class UsageError
{
    /// <summary>Reports the first of the parse's errors and returns the exit code.</summary>
    /// <param name="parse">A parse with errors.</param>
    /// <param name="error">Standard error.</param>
    public static int Report(ParseResult parse, TextWriter error)
    {
        // "Unrecognized 'x'" says more than the "Required command was not provided" the parser adds beside it.
        var first = parse.Errors.OrderBy(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal) ? 0 : 1).First();
        error.WriteLine("error: " + Describe(first));
        error.WriteLine($"Run '{CommandPath(parse.CommandResult.Command)} --help' for its commands and options.");
        return CommandFailure.BadInput;
    }

    /// <summary>One parse error in the user's terms.</summary>
    public static string Describe(ParseError error)
    {
        if (CannotParse().Match(error.Message) is { Success: true } match)
        {
            var (name, type) = error.SymbolResult switch
            {
                ArgumentResult argument => ($"<{argument.Argument.Name}>", argument.Argument.ValueType),
                OptionResult option => (option.Option.Name, option.Option.ValueType),
                _ => (match.Groups["name"].Value, null),
            };
            return $"{name} takes {Expected(type)}, not '{match.Groups["value"].Value}'.";
        }

        return error.Message switch
        {
            "Required command was not provided." => "a command is needed here.",
            _ => error.Message,
        };
    }

    /// <summary>What a value of <paramref name="type"/> looks like, for a person.</summary>
    public static string Expected(Type? type) => (type is null ? null : Nullable.GetUnderlyingType(type) ?? type) switch
    {
        { } t when t == typeof(ulong) || t == typeof(uint) => "a whole number, 0 or more (digits only, as Discord and the APIs write ids)",
        { } t when t == typeof(long) || t == typeof(int) || t == typeof(short) => "a whole number (digits only)",
        { } t when t == typeof(double) || t == typeof(decimal) || t == typeof(float) => "a number (for example 2.5)",
        { } t when t == typeof(DateTimeOffset) || t == typeof(DateTime) => "a date and time in ISO 8601 (for example 2026-01-31T18:00:00Z)",
        { } t when t == typeof(TimeSpan) => "a duration (for example 00:01:30)",
        { } t when t == typeof(bool) => "true or false",
        { IsEnum: true } t => "one of " + string.Join(", ", Enum.GetNames(t).Select(n => n.ToLowerInvariant())),
        _ => "a different value",
    };

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command current; symbol = current.Parents.FirstOrDefault())
        {
            names.Insert(0, current is RootCommand ? "guildhall" : current.Name);
        }

        return string.Join(' ', names);
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:command|option) '(?<name>[^']*)' as expected type '[^']*'\.")]
    private static partial Regex CannotParse();
}
