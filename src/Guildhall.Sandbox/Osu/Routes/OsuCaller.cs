using Guildhall.Sandbox.Kit;
using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// The authenticated side of a request: the valid token (if any) and its resource owner — the authorizing user, or
/// the application's owner for a client-credentials token with <c>delegate</c>; a plain client-credentials token has none.
/// </summary>
internal sealed record OsuCaller(OsuAccessToken? Token, OsuUser? User)
{
    private const string ItemKey = "Guildhall.Sandbox.Osu.Caller";

    public static OsuCaller Anonymous { get; } = new(null, null);

    public static OsuCaller From(HttpContext context) => context.Items[ItemKey] as OsuCaller ?? Anonymous;

    public void AttachTo(HttpContext context)
    {
        context.Items[ItemKey] = this;
        if (User is not null)
        {
            SandboxRequestRecorder.NameCaller(context, User.Id.ToString(CultureInfo.InvariantCulture));
        }
    }
}
