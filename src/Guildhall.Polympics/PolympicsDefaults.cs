namespace Guildhall.Polympics;

/// <summary>The defaults of <see cref="PolympicsClientOptions"/>.</summary>
public static class PolympicsDefaults
{
    /// <summary>The budget of one call, retries included: 100 seconds.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(100);

    /// <summary>The <c>User-Agent</c> sent by default, naming this package and its version.</summary>
    public static string UserAgent { get; } = $"Guildhall.Polympics/{typeof(PolympicsDefaults).Assembly.GetName().Version?.ToString(3)}";

    /// <summary>The server's default page size, 20.</summary>
    public const int PageSize = 20;
}
