using System.Collections.Concurrent;

namespace Guildhall.Testing.SecretAudit;

/// <summary>
/// Collects, for one set of secrets, every place where one showed up in what the process emitted: log lines, exception
/// messages and <see cref="object.ToString"/>, activity names and tags, and what child processes printed (see
/// <see cref="SecretAuditChannels"/>). <see cref="Suite"/> is the one the whole test run is audited with; a test can
/// start its own with other secrets to check that a channel is watched.
/// </summary>
public sealed class SecretAuditCollector : IDisposable
{
    private static readonly Lock StartGate = new();
    private static SecretAuditCollector? _suite;

    private readonly SecretMatcher _matcher;
    private readonly ConcurrentDictionary<(string Where, AuditedSecret Secret), SecretLeak> _leaks = new();

    private SecretAuditCollector(IEnumerable<AuditedSecret> secrets)
    {
        _matcher = new SecretMatcher(secrets);
        SecretAuditChannels.Attach(this);
    }

    /// <summary>The collector of the whole run, once <see cref="StartSuite"/> ran.</summary>
    public static SecretAuditCollector? Suite => _suite;

    /// <summary>The secrets looked for.</summary>
    public IList<AuditedSecret> Secrets => _matcher.Secrets;

    /// <summary>Every leak found so far, one per place and secret.</summary>
    public IReadOnlyList<SecretLeak> Leaks => [.. _leaks.Values.OrderBy(leak => leak.Where, StringComparer.Ordinal)];

    /// <summary>How many texts were searched: proof that the channels are connected.</summary>
    public long TextsSearched => Interlocked.Read(ref _textsSearched);

    private long _textsSearched;

    /// <summary>Starts the run's collector with the secrets of the test assembly and the sandbox (once per process).</summary>
    public static SecretAuditCollector StartSuite(System.Reflection.Assembly testAssembly)
    {
        lock (StartGate)
        {
            return _suite ??= new SecretAuditCollector(SuiteSecrets.Discover([testAssembly, typeof(SecretAuditCollector).Assembly]));
        }
    }

    /// <summary>Starts a collector of its own for <paramref name="secrets"/>; dispose it to stop watching.</summary>
    public static SecretAuditCollector Start(IEnumerable<AuditedSecret> secrets) => new(secrets);

    /// <summary>Searches one text that left the code under test.</summary>
    /// <param name="where">Which channel and what in it, for example <c>log line of Guildhall.osu</c>.</param>
    /// <param name="text">The text.</param>
    public void Observe(string where, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        Interlocked.Increment(ref _textsSearched);
        foreach (var (secret, context) in _matcher.Find(text))
        {
            _leaks.TryAdd((where, secret), new SecretLeak(where, secret, context));
        }
    }

    /// <summary>A report of every leak, naming where and which secret by its fingerprint; empty when there is none.</summary>
    public string Report() =>
        string.Join(Environment.NewLine, Leaks.Select(leak => leak.ToString()));

    /// <summary>Stops watching.</summary>
    public void Dispose() => SecretAuditChannels.Detach(this);
}
