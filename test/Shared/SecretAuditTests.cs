// Compiled into every test project by Directory.Build.targets: the secrets audit of the project's whole run.
using Guildhall.Testing.SecretAudit;

[assembly: Xunit.TestCollectionOrderer("Guildhall.Testing.SecretAudit.AuditLastCollectionOrderer", "Guildhall.Testing")]

namespace Guildhall.Testing.SecretAudit.Run
{
    [Xunit.CollectionDefinition(SecretAuditRun.CollectionName, DisableParallelization = true)]
    public sealed class SecretAuditGroup;

    [Xunit.Collection(SecretAuditRun.CollectionName)]
    public sealed class SecretAuditTests
    {
        [Xunit.Fact]
        public void Nothing_the_run_emitted_holds_a_configured_secret() => SecretAuditRun.AssertNothingLeaked();
    }
}
