namespace Guildhall.Sandbox.Hosting;

/// <summary>Settings of a sandbox host. Every default makes the sandbox behave like the real services.</summary>
public sealed class SandboxOptions
{
    /// <summary>
    /// The address Kestrel listens on, for example <c>http://127.0.0.1:5080</c>. The default picks a free loopback port.
    /// Ignored by in-memory hosts.
    /// </summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>The clock every emulator reads: token expiry, rate-limit windows, blocks, timestamps. Tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The handler the sandbox sends its own outgoing calls through (vote webhooks, callbacks). <see langword="null"/> means
    /// a real <see cref="System.Net.Http.SocketsHttpHandler"/>; tests may route the calls to an in-memory receiver instead.
    /// </summary>
    public HttpMessageHandler? OutboundHandler { get; set; }

    /// <summary>
    /// Whether the sandbox's own calls out (vote webhooks, callbacks) may go to hosts other than loopback. Off by default,
    /// so a sandbox left running cannot be used to send requests elsewhere: a Top.gg delivery to another host is refused
    /// with a 400, a Polympics callback to one is recorded as not sent. The CLI's <c>--allow-remote-delivery</c> sets it.
    /// Ignored when <see cref="OutboundHandler"/> is set: that handler decides where the calls go.
    /// </summary>
    public bool AllowRemoteDelivery { get; set; }

    /// <summary>
    /// Scales the delays between the sandbox's own delivery retries (1.0 = the real services' schedule). Tests set a tiny
    /// value so a schedule of minutes runs in milliseconds.
    /// </summary>
    public double DeliveryDelayScale { get; set; } = 1.0;

    /// <summary>Whether emulators enforce the real services' rate limits. Turning it off only suits load benchmarks.</summary>
    public bool EnforceRateLimits { get; set; } = true;

    /// <summary>
    /// The largest request body any emulated API accepts, in bytes; a larger one is answered 413 in the API's error shape.
    /// Default 1 MiB, the limit of the nginx servers in front of most web APIs, and far above any body a real client sends.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The fault profile the host runs from its start (<c>flaky</c>, <c>slow</c> or <c>throttled</c>; see
    /// <see cref="SandboxHost.FaultProfileNames"/>), on every emulated API; <see langword="null"/> (the default) runs none.
    /// <c>PUT /_sandbox/faults/profile</c> switches or scopes it at run time.
    /// </summary>
    public string? FaultProfile { get; set; }

    /// <summary>The seed of <see cref="FaultProfile"/>'s draws: the same seed and the same requests give the same faults.</summary>
    public int FaultSeed { get; set; }

    /// <summary>How long Top.gg blocks a token after it exceeded a rate limit. The real service blocks for one hour.</summary>
    public TimeSpan TopGgBlockDuration { get; set; } = TimeSpan.FromHours(1);
}
