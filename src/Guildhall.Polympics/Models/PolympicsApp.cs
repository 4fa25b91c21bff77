using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Polympics.Models;

/// <summary>The authenticated app, as <c>GET /auth/me</c> describes it (without its token).</summary>
[JsonConverter(typeof(WireModelConverter<PolympicsApp>))]
public sealed partial record PolympicsApp
{
    /// <summary>The app's name.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>The app's permissions.</summary>
    public PolympicsPermissions Permissions { get; init; }

    /// <summary>The app's username, <c>A&lt;id&gt;</c>.</summary>
    public string Username { get; init => field = value ?? ""; } = "";
}
