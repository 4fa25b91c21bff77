using Guildhall.Polympics.Models;

namespace Guildhall.Polympics;

/// <summary>Whether the server would accept a grant or revoke, and if not, why.</summary>
/// <param name="IsAllowed">Whether the change passes the server's rule.</param>
/// <param name="Reason">Why it is refused, in words; <see langword="null"/> when allowed.</param>
/// <param name="Missing">The permissions the caller would need to hold and does not.</param>
public sealed record PolympicsPermissionCheck(bool IsAllowed, string? Reason, PolympicsPermissions Missing);
