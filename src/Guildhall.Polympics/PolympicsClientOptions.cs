using Guildhall.Core;
using Guildhall.Polympics.Http;

namespace Guildhall.Polympics;

/// <summary>
/// Settings of a Polympics client; checked when the client is built. Defaults: <see cref="ApiClientOptions.BaseAddress"/>
/// <see cref="DefaultBaseAddress"/> (the sandbox serves it at <c>{sandbox}/polympics/</c>),
/// <see cref="ApiClientOptions.Timeout"/> <see cref="PolympicsDefaults.Timeout"/> and
/// <see cref="ApiClientOptions.UserAgent"/> <see cref="PolympicsDefaults.UserAgent"/>. Failed calls are repeated only
/// when idempotent after a 5xx or a network error. Tokens are never logged.
/// </summary>
public sealed class PolympicsClientOptions : ApiClientOptions
{
    /// <summary>Creates the options with the public server's defaults.</summary>
    public PolympicsClientOptions()
        : base(PolympicsConnection.ApiName, DefaultBaseAddress)
    {
        Timeout = PolympicsDefaults.Timeout;
        UserAgent = PolympicsDefaults.UserAgent;
    }

    /// <summary>The public server, <c>https://api.polytopia.fun/</c>.</summary>
    public static Uri DefaultBaseAddress { get; } = new("https://api.polytopia.fun/");

    /// <summary>
    /// The credentials of <see cref="PolympicsAppClient"/> (an app's, <c>A&lt;id&gt;</c>) or <see cref="PolympicsUserClient"/>
    /// (a session's, <c>S&lt;id&gt;</c>) when they are built from these options alone, as dependency injection does. The
    /// anonymous <see cref="PolympicsClient"/> never sends them. Default none.
    /// </summary>
    public PolympicsCredentials? Credentials { get; set; }

    /// <summary>A copy of these options with other credentials, for the constructors that take them apart: the caller's options stay as they are.</summary>
    internal PolympicsClientOptions WithCredentials(PolympicsCredentials credentials)
    {
        var copy = (PolympicsClientOptions)MemberwiseClone();
        copy.Credentials = credentials;
        return copy;
    }
}
