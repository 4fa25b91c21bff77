namespace Guildhall.Cli.Commands;

/// <summary>The http and https addresses users give in options, read alike by every command, with one wording for a refusal.</summary>
internal static class HttpAddress
{
    /// <summary>
    /// <paramref name="value"/> as an absolute http or https address, or a usage error naming <paramref name="option"/>
    /// (followed by <paramref name="hint"/>, when given, which says what to pass instead).
    /// </summary>
    /// <exception cref="CommandException">The value is absent, relative, or of another scheme.</exception>
    public static Uri Parse(string? value, string option, string? hint = null) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new CommandException($"{option} '{value}' is not an http or https address{(hint is null ? "." : ": " + hint)}", CommandFailure.BadInput);
}
