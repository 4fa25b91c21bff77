using System.Reflection;
using Guildhall.Tatsu.Json;
using Guildhall.Tatsu.Models;

namespace Guildhall.Tatsu.Tests;

/// <summary>The style guide's rules for clients and models, checked over the whole package.</summary>
public sealed class TatsuConventionTests
{
    private static readonly Type[] PublicTypes = typeof(TatsuClient).Assembly.GetExportedTypes();

    [Fact]
    public void Every_client_can_be_mocked()
    {
        var clients = PublicTypes.Where(type => type.Name.EndsWith("Client", StringComparison.Ordinal)).ToList();

        Assert.Equal(5, clients.Count);
        Assert.All(clients, client =>
        {
            Assert.False(client.IsSealed, client.Name);
            Assert.NotNull(client.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes));
        });
    }

    [Fact]
    public void Models_are_sealed_records_without_setters_and_with_read_only_collections()
    {
        var models = PublicTypes.Where(type => type.Namespace == typeof(TatsuUserProfile).Namespace && type.IsClass && !type.IsAbstract).ToList();

        Assert.NotEmpty(models);
        Assert.All(models, model =>
        {
            Assert.True(model.IsSealed, model.Name);
            foreach (var property in model.GetProperties())
            {
                var setter = property.SetMethod;
                Assert.True(setter is null || setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)),
                    $"{model.Name}.{property.Name} has a public setter");
                if (property.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(property.PropertyType))
                {
                    Assert.Contains(property.PropertyType.GetGenericTypeDefinition(), new[] { typeof(IReadOnlyList<>), typeof(IReadOnlyDictionary<,>) });
                }
            }
        });
    }

    [Fact]
    public void Every_response_model_is_in_the_serializer_context()
    {
        var models = PublicTypes.Where(type => type.Namespace == typeof(TatsuUserProfile).Namespace && type.IsClass && !type.IsAbstract
            && type != typeof(TatsuStorePrice));

        Assert.NotEmpty(models);
        Assert.All(models, model => Assert.NotNull(TatsuJsonContext.Default.GetTypeInfo(model)));
    }
}
