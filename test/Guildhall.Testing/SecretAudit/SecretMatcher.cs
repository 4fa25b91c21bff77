namespace Guildhall.Testing.SecretAudit;

/// <summary>
/// Finds any run of <see cref="FragmentLength"/> or more characters of a set of secrets in a text: every
/// <see cref="FragmentLength"/>-character window of every secret goes into a set once, and a text is searched by sliding
/// one window over it, so the cost per text does not grow with the number of secrets.
/// </summary>
public sealed class SecretMatcher
{
    /// <summary>The shortest run of a secret's characters that counts as a leak.</summary>
    public const int FragmentLength = 12;

    private readonly Dictionary<string, AuditedSecret> _windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuditedSecret>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Indexes <paramref name="secrets"/>, each at least <see cref="FragmentLength"/> characters long.</summary>
    public SecretMatcher(IEnumerable<AuditedSecret> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        foreach (var secret in secrets)
        {
            if (secret.Value.Length < FragmentLength)
            {
                throw new ArgumentException($"{secret} is shorter than {FragmentLength} characters, so fragments of it would match ordinary text.", nameof(secrets));
            }

            for (var offset = 0; offset + FragmentLength <= secret.Value.Length; offset++)
            {
                _windows.TryAdd(secret.Value.Substring(offset, FragmentLength), secret);
            }

            Secrets.Add(secret);
        }

        _lookup = _windows.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The secrets looked for.</summary>
    public IList<AuditedSecret> Secrets { get; } = [];

    /// <summary>
    /// The secrets found in <paramref name="text"/>, each with the text around its first find and every matched run
    /// masked by the fingerprint of the secret it belongs to.
    /// </summary>
    public IReadOnlyList<(AuditedSecret Secret, string Context)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<(AuditedSecret Secret, int Start, int End)>? runs = null;
        for (var offset = 0; offset + FragmentLength <= text.Length; offset++)
        {
            if (_lookup.TryGetValue(text.AsSpan(offset, FragmentLength), out var secret))
            {
                runs ??= [];
                runs.Add((secret, offset, offset + FragmentLength));
            }
        }

        if (runs is null)
        {
            return [];
        }

        var masked = Mask(text, runs);
        return [.. runs.GroupBy(run => run.Secret).Select(group => (group.Key, Around(masked, group.Key)))];
    }

    private static string Mask(string text, List<(AuditedSecret Secret, int Start, int End)> runs)
    {
        var owner = new AuditedSecret?[text.Length];
        foreach (var (secret, start, end) in runs)
        {
            for (var index = start; index < end; index++)
            {
                owner[index] = secret;
            }
        }

        var masked = new System.Text.StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            if (owner[index] is not { } secret)
            {
                masked.Append(text[index]);
            }
            else if (index == 0 || owner[index - 1] != secret)
            {
                masked.Append('[').Append(secret.Fingerprint).Append(']');
            }
        }

        return masked.ToString();
    }

    private static string Around(string masked, AuditedSecret secret)
    {
        const int Margin = 80;
        var at = masked.IndexOf("[" + secret.Fingerprint + "]", StringComparison.Ordinal);
        var start = Math.Max(0, at - Margin);
        var end = Math.Min(masked.Length, at + secret.Fingerprint.Length + 2 + Margin);
        return (start > 0 ? "…" : "") + masked[start..end].ReplaceLineEndings(" ⏎ ") + (end < masked.Length ? "…" : "");
    }
}
