using Guildhall.Core;

namespace Guildhall.Polympics;

/// <summary>
/// Settings of a Polympics client; checked when the client is built. Defaults: <see cref="ApiClientOptions.BaseAddress"/>
/// <see cref="PolympicsDefaults.BaseAddress"/> (the sandbox serves it at <c>{sandbox}/polympics/</c>),
/// <see cref="ApiClientOptions.Timeout"/> <see cref="PolympicsDefaults.Timeout"/> and
/// <see cref="ApiClientOptions.UserAgent"/> <see cref="PolympicsDefaults.UserAgent"/>. Failed calls are repeated only
/// when idempotent after a 5xx or a network error. Tokens are never logged.
/// </summary>
public sealed class PolympicsClientOptions : ApiClientOptions
{
    /// <summary>Creates the options with the public server's defaults.</summary>
    public PolympicsClientOptions()
        : base(PolympicsDefaults.ApiName, PolympicsDefaults.BaseAddress)
    {
        Timeout = PolympicsDefaults.Timeout;
        UserAgent = PolympicsDefaults.UserAgent;
    }
}
