using System.Reflection;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Tests;

/// <summary>The package's shape, checked by reflection so a new member cannot drift from the conventions.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(PolympicsClient).Assembly.GetExportedTypes();

    private static IEnumerable<Type> Clients => PublicTypes.Where(t => t.IsClass && (t.Name.EndsWith("Client", StringComparison.Ordinal) || t.IsSubclassOf(typeof(Guildhall.Core.ApiSubClient))));

    [Fact]
    public void Clients_can_be_mocked()
    {
        Assert.NotEmpty(Clients);
        Assert.All(Clients, client => Assert.NotNull(client.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, Type.EmptyTypes)));
    }

    [Fact]
    public void Models_are_sealed_records_without_public_setters()
    {
        var models = PublicTypes.Where(t => t.Namespace == typeof(PolympicsAccount).Namespace && t.IsClass).ToList();
        Assert.NotEmpty(models);
        Assert.All(models, model =>
        {
            Assert.True(model.IsSealed, model.Name);
            Assert.All(model.GetProperties(), property =>
                Assert.True(property.SetMethod is null || property.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"), $"{model.Name}.{property.Name} has a public setter"));
        });
    }

    [Fact]
    public void Model_collections_are_read_only()
    {
        var collections = PublicTypes.Where(t => t.Namespace == typeof(PolympicsAccount).Namespace)
            .SelectMany(t => t.GetProperties())
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType))
            .ToList();
        Assert.NotEmpty(collections);
        Assert.All(collections, p => Assert.Contains(p.PropertyType.GetGenericTypeDefinition(), new[] { typeof(IReadOnlyList<>), typeof(IReadOnlyDictionary<,>) }));
    }
}
