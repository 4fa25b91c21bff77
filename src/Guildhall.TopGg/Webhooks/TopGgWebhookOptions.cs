namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// How deliveries are verified. Set <see cref="Authorization"/> for legacy webhooks, <see cref="Secret"/> for V2
/// webhooks, or both to accept either while migrating.
/// </summary>
public class TopGgWebhookOptions
{
    /// <summary>The default <see cref="TimestampWindow"/>: 30 seconds, as the official SDKs use.</summary>
    public static readonly TimeSpan DefaultTimestampWindow = TimeSpan.FromSeconds(30);

    /// <summary>The default <see cref="MaxBodyBytes"/>: 64 KiB, far above any real delivery (well under 2 KiB).</summary>
    public const int DefaultMaxBodyBytes = 64 * 1024;

    /// <summary>Which format to expect. Default <see cref="TopGgWebhookFormat.Auto"/>: decided per request by its headers.</summary>
    public TopGgWebhookFormat Format { get; set; } = TopGgWebhookFormat.Auto;

    /// <summary>The legacy webhook's <c>Authorization</c> value (the dashboard's "Authorization" field). Compared in constant time.</summary>
    public string? Authorization { get; set; }

    /// <summary>The V2 webhook secret (<c>whs_…</c>), the key of the HMAC signature.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Accept legacy deliveries without checking <c>Authorization</c> when <see cref="Authorization"/> is not set.
    /// Default <see langword="false"/>: anyone who finds the URL could forge votes. Only for local development.
    /// </summary>
    public bool AllowUnauthenticatedLegacy { get; set; }

    /// <summary>
    /// How far a V2 signature's timestamp may be from now, either way, before the delivery is refused as a replay.
    /// Default 30 seconds. Must be positive.
    /// </summary>
    public TimeSpan TimestampWindow { get; set; } = DefaultTimestampWindow;

    /// <summary>The largest body accepted, in bytes. Default 64 KiB. Must be positive.</summary>
    public int MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>The clock the timestamp window is measured with. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public virtual void Validate()
    {
        if (!Enum.IsDefined(Format))
        {
            throw new ArgumentException($"{nameof(Format)} {(int)Format} is not a webhook format.", nameof(Format));
        }

        if (TimestampWindow <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(TimestampWindow)} must be positive.", nameof(TimestampWindow));
        }

        if (MaxBodyBytes <= 0)
        {
            throw new ArgumentException($"{nameof(MaxBodyBytes)} must be positive.", nameof(MaxBodyBytes));
        }

        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        if (Format == TopGgWebhookFormat.V2 && !HasV2SecretSource)
        {
            throw new ArgumentException($"{nameof(Format)} is V2 but no {nameof(Secret)} is set.", nameof(Secret));
        }

        if (Format == TopGgWebhookFormat.Legacy && string.IsNullOrEmpty(Authorization) && !AllowUnauthenticatedLegacy)
        {
            throw new ArgumentException(
                $"{nameof(Format)} is Legacy but no {nameof(Authorization)} is set (set {nameof(AllowUnauthenticatedLegacy)} to accept unauthenticated deliveries).",
                nameof(Authorization));
        }
    }

    /// <summary>Whether V2 deliveries can be verified: a <see cref="Secret"/> is set, or a subclass supplies secrets per request.</summary>
    protected virtual bool HasV2SecretSource => !string.IsNullOrEmpty(Secret);

    /// <summary>Copies the verification settings onto <paramref name="target"/>.</summary>
    /// <param name="target">The options to overwrite.</param>
    public void CopyTo(TopGgWebhookOptions target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Format = Format;
        target.Authorization = Authorization;
        target.Secret = Secret;
        target.AllowUnauthenticatedLegacy = AllowUnauthenticatedLegacy;
        target.TimestampWindow = TimestampWindow;
        target.MaxBodyBytes = MaxBodyBytes;
        target.TimeProvider = TimeProvider;
    }
}
