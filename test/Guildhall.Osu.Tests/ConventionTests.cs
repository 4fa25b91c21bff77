using System.Reflection;
using Guildhall.Core.Paging;
using Guildhall.Osu.Json;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Tests;

/// <summary>The style rules of the package, checked by reflection so a new member cannot forget them.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Package = typeof(OsuClient).Assembly;

    private static IEnumerable<Type> Models() =>
        Package.GetExportedTypes().Where(type => type.Namespace == typeof(User).Namespace && type.IsClass && !type.IsAbstract && !type.IsGenericTypeDefinition && type.GetMethod("<Clone>$") is not null);

    private static IEnumerable<Type> Clients() =>
        Package.GetExportedTypes().Where(type => type.Name.StartsWith("Osu", StringComparison.Ordinal) && type.Name.EndsWith("Client", StringComparison.Ordinal));

    [Fact]
    public void Every_model_is_a_sealed_record_with_no_public_setters_and_read_only_collections()
    {
        Assert.NotEmpty(Models());
        foreach (var model in Models())
        {
            Assert.True(model.IsSealed, $"{model.Name} is not sealed");
            foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                Assert.True(setter is null || setter.ReturnParameter.GetRequiredCustomModifiers().Any(modifier => modifier.Name == "IsExternalInit"), $"{model.Name}.{property.Name} has a public setter");
                var type = property.PropertyType;
                Assert.False(type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)), $"{model.Name}.{property.Name} is a mutable collection");
            }
        }
    }

    [Fact]
    public void Every_model_and_every_list_the_clients_return_is_in_the_serializer_context()
    {
        Assert.NotEmpty(Models());
        foreach (var model in Models())
        {
            Assert.NotNull(OsuJson.Options.GetTypeInfo(model));
        }

        var returned = Clients()
            .SelectMany(client => client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(method => method.ReturnType)
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
            .Select(type => type.GetGenericArguments()[0])
            .Where(type => type.Namespace == typeof(User).Namespace || type.IsGenericType)
            .ToList();
        Assert.NotEmpty(returned);
        foreach (var type in returned)
        {
            Assert.NotNull(OsuJson.Options.GetTypeInfo(type));
        }
    }

    [Fact]
    public void Every_client_can_be_mocked()
    {
        var clients = Clients().ToList();

        Assert.NotEmpty(clients);
        Assert.All(clients, client => Assert.NotNull(client.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)));
    }
}
