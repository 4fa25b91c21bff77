namespace Guildhall.Testing.SecretAudit;

/// <summary>
/// The audit every test project runs last (its test is compiled into each project from
/// <c>test/Shared/SecretAuditTests.cs</c> by <c>Directory.Build.targets</c>): it fails when any secret of
/// <see cref="SecretAuditCollector.Suite"/> appeared in anything the run emitted, naming where and which secret by its
/// fingerprint.
/// </summary>
public static class SecretAuditRun
{
    /// <summary>The name of the collection the audit runs in.</summary>
    public const string CollectionName = "Secrets audit (runs last)";

    /// <summary>Fails when the run's collector found a leak, or was never started.</summary>
    public static void AssertNothingLeaked()
    {
        var suite = SecretAuditCollector.Suite;
        Assert.True(suite is not null, $"The secrets audit never started: the test assembly lacks [assembly: TestCollectionOrderer] naming {nameof(AuditLastCollectionOrderer)}.");
        Assert.True(suite.Secrets.Count > 0, "The secrets audit found no secret to look for, so it would prove nothing.");
        var report = suite.Report();
        Assert.True(
            report.Length == 0,
            $"Secrets appeared in what the test run emitted ({suite.TextsSearched} texts searched for {suite.Secrets.Count} secrets):{Environment.NewLine}{report}");
    }
}
