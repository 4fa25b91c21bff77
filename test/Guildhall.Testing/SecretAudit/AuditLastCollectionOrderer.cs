using Xunit.Abstractions;

namespace Guildhall.Testing.SecretAudit;

/// <summary>
/// Starts the run's <see cref="SecretAuditCollector"/> before the first test and puts the audit's collection
/// (<see cref="SecretAuditRun.CollectionName"/>, which does not run in parallel) after every other, so the audit reads
/// what the whole run emitted. The other collections keep their order.
/// </summary>
public sealed class AuditLastCollectionOrderer : ITestCollectionOrderer
{
    /// <inheritdoc />
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
    {
        var collections = testCollections.ToList();
        if (collections.FirstOrDefault()?.TestAssembly.Assembly is IReflectionAssemblyInfo assembly)
        {
            SecretAuditCollector.StartSuite(assembly.Assembly);
        }

        return collections.OrderBy(collection => collection.DisplayName.EndsWith(SecretAuditRun.CollectionName, StringComparison.Ordinal) ? 1 : 0);
    }
}
