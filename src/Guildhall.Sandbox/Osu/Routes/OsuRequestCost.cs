namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>Endpoint metadata: how many rate-limit hits a request costs (osu-web's <c>RequestCost</c>; one when absent).</summary>
internal sealed record OsuRequestCost(Func<HttpRequest, int> Cost);
