using System.Security.Cryptography;
using System.Text;

namespace Guildhall.Testing.SecretAudit;

/// <summary>A secret the audit looks for, with the name and the fingerprint a report shows instead of its value.</summary>
/// <param name="Name">Where the secret is configured, for example <c>OsuSandboxCredentials.ClientSecret</c>.</param>
/// <param name="Value">The secret itself; never printed.</param>
public sealed record AuditedSecret(string Name, string Value)
{
    /// <summary>The first 12 hex digits of the secret's SHA-256: enough to tell secrets apart, useless to recover one.</summary>
    public string Fingerprint { get; } = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Value)))[..12];

    /// <summary>Names the secret and its fingerprint, never its value.</summary>
    public override string ToString() => $"{Name} ({Fingerprint})";
}
