namespace Guildhall.Polympics;

/// <summary>The defaults of <see cref="PolympicsClientOptions"/>.</summary>
public static class PolympicsDefaults
{
    /// <summary>The API's name in errors, logs and telemetry.</summary>
    public const string ApiName = "polympics";

    /// <summary>The name of the <see cref="IHttpClientFactory"/> client the DI registration uses.</summary>
    public const string HttpClientName = "Guildhall.Polympics";

    /// <summary>The public server, <c>https://api.polytopia.fun</c>.</summary>
    public static Uri BaseAddress { get; } = new("https://api.polytopia.fun/");

    /// <summary>The budget of one call, retries included: 100 seconds.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(100);

    /// <summary>The <c>User-Agent</c> sent by default, naming this package and its version.</summary>
    public static string UserAgent { get; } = $"Guildhall.Polympics/{typeof(PolympicsDefaults).Assembly.GetName().Version?.ToString(3)}";

    /// <summary>The server's default page size, 20.</summary>
    public const int PageSize = 20;
}
