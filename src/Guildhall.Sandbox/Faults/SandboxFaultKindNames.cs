namespace Guildhall.Sandbox.Faults;

/// <summary>The names the admin routes give the fault kinds, for example <c>no_content</c>.</summary>
internal static class SandboxFaultKindNames
{
    private static readonly SandboxFaultKind[] Kinds = Enum.GetValues<SandboxFaultKind>();

    /// <summary>Every name, for error messages: <c>status, html, truncated, no_content, delay, abort, trickle, wrong_content_type</c>.</summary>
    public static string All { get; } = string.Join(", ", Kinds.Select(Name));

    public static string Name(SandboxFaultKind kind) => kind switch
    {
        SandboxFaultKind.Html => "html",
        SandboxFaultKind.Truncated => "truncated",
        SandboxFaultKind.NoContent => "no_content",
        SandboxFaultKind.Delay => "delay",
        SandboxFaultKind.Abort => "abort",
        SandboxFaultKind.Trickle => "trickle",
        SandboxFaultKind.WrongContentType => "wrong_content_type",
        _ => "status",
    };

    public static bool TryParse(string? name, out SandboxFaultKind kind)
    {
        foreach (var candidate in Kinds)
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
