namespace Guildhall.Testing;

/// <summary>How a child process ended.</summary>
public sealed record ChildRun(int ExitCode, string Output, string Error);
