using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Polympics.Models;

/// <summary>
/// What resetting a user session's token gave back. The documentation promises the new session, but the server answers
/// with the session's account instead: the token is renewed on the server and the new one is never disclosed, so the
/// session is lost to the caller (<see cref="IsSessionLost"/>). A client that sees this stops sending the old token.
/// </summary>
[JsonConverter(typeof(WireModelConverter<PolympicsSessionReset>))]
public sealed partial record PolympicsSessionReset
{
    /// <summary>The renewed session, when the server returned one (its documented behaviour).</summary>
    public PolympicsSession? Session { get; init; }

    /// <summary>The session's account, when the server returned that instead (its actual behaviour).</summary>
    public PolympicsAccount? Account { get; init; }

    /// <summary>Whether the new token is unknown, so the session can no longer be used.</summary>
    public bool IsSessionLost => Session is null;
}
