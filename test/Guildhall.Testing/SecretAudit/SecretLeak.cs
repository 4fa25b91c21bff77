namespace Guildhall.Testing.SecretAudit;

/// <summary>One place where the audit found a secret (or 12 or more of its characters in a row).</summary>
/// <param name="Where">The channel and what in it, for example <c>log line of Guildhall.osu</c>.</param>
/// <param name="Secret">Which secret.</param>
/// <param name="Context">The text around the find, with every run of the secret's characters replaced by its fingerprint.</param>
public sealed record SecretLeak(string Where, AuditedSecret Secret, string Context)
{
    /// <summary>Where, which secret, and the masked context.</summary>
    public override string ToString() => $"{Where}: {Secret} in \"{Context}\"";
}
