namespace Guildhall.Testing;

/// <summary>The theory form of <see cref="RecordingsFactAttribute"/>: skipped with the reason where the recordings are missing, required under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RecordingsTheoryAttribute : TheoryAttribute
{
    /// <summary>Marks the theory, and sets its skip reason when the recordings cannot be read and CI does not require them.</summary>
    public RecordingsTheoryAttribute() => Skip = RecordingsSkip.Reason();
}
