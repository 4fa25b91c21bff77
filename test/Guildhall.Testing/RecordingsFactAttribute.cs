namespace Guildhall.Testing;

/// <summary>
/// A test that compares with the recorded real API responses (<see cref="SharedReference"/>). Where they are missing it
/// is reported as skipped, with the folder that was looked for; under CI (<c>CI=true</c>) it always runs, so a missing
/// folder fails it with the same message instead of passing unseen.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RecordingsFactAttribute : FactAttribute
{
    /// <summary>Marks the test, and sets its skip reason when the recordings cannot be read and CI does not require them.</summary>
    public RecordingsFactAttribute() => Skip = RecordingsSkip.Reason();
}
