using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Guildhall.TopGg.Json;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Tests.Unit;

/// <summary>The style rules the package promises, checked by reflection so a new member cannot quietly break them.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] Clients = [typeof(TopGgClient), typeof(TopGgBotsClient), typeof(TopGgUsersClient), typeof(TopGgProjectClient)];

    private static readonly Type[] Models = typeof(TopGgClient).Assembly.GetExportedTypes()
        .Where(type => type.Namespace == typeof(TopGgBot).Namespace && type.IsClass)
        .ToArray();

    [Fact]
    public void Every_client_can_be_mocked()
    {
        Assert.All(Clients, client =>
        {
            Assert.False(client.IsSealed);
            Assert.NotNull(client.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes));
            Assert.All(client.GetProperties().Where(property => Clients.Contains(property.PropertyType)), property => Assert.True(property.GetMethod!.IsVirtual));
        });
    }

    [Fact]
    public void Models_are_sealed_immutable_with_read_only_collections()
    {
        Assert.NotEmpty(Models);
        Assert.All(Models, model =>
        {
            Assert.True(model.IsSealed, $"{model.Name} is not sealed");
            foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                Assert.True(setter is null || setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)), $"{model.Name}.{property.Name} has a public setter");
                if (property.PropertyType.IsGenericType && property.PropertyType != typeof(string))
                {
                    var definition = property.PropertyType.GetGenericTypeDefinition();
                    Assert.True(definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IReadOnlySet<>) || definition == typeof(Nullable<>), $"{model.Name}.{property.Name} is a mutable collection");
                }
            }
        });
    }

    [Fact]
    public void Every_wire_model_is_in_the_json_context()
    {
        var wireModels = Models.Where(model => model.GetProperties().Any(property => property.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
            || model.GetCustomAttribute<JsonConverterAttribute>() is not null).ToList();

        Assert.NotEmpty(wireModels);
        Assert.All(wireModels, model => Assert.NotNull(TopGgJsonContext.Default.GetTypeInfo(model)));
    }
}
