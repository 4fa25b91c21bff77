namespace Guildhall.Sandbox.Kit;

/// <summary>How a fixed window decides whether a request that costs more than one hit still fits.</summary>
internal enum SandboxWindowAdmission
{
    /// <summary>The whole cost must fit in what is left; the window never counts past its limit (Tatsu).</summary>
    WholeCost,

    /// <summary>
    /// Any hit left admits the request, which is then charged in full, so the count may pass the limit (Laravel's
    /// throttle, in front of osu!).
    /// </summary>
    AnyRoom,
}
