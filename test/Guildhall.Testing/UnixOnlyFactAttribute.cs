namespace Guildhall.Testing;

/// <summary>A test that sends POSIX signals with <c>kill</c>, so it runs where there is one.</summary>
public sealed class UnixOnlyFactAttribute : FactAttribute
{
    public UnixOnlyFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Sends POSIX signals with kill.";
        }
    }
}
