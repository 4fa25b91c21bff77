namespace Guildhall.Testing;

/// <summary>The skip reason the recordings attributes share.</summary>
internal static class RecordingsSkip
{
    /// <summary>
    /// <see langword="null"/> (run) when the recordings are there or CI requires them; otherwise why they are missing and
    /// how to run the tests that need them.
    /// </summary>
    public static string? Reason() =>
        SharedReference.IsRequired || SharedReference.MissingReason is not { } missing
            ? null
            : $"Conformance with the recorded real responses, skipped here: {missing} (CI, with CI=true, requires them.)";
}
