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
    public void Every_network_method_is_virtual_and_ends_with_an_optional_cancellation_token()
    {
        var methods = Clients.SelectMany(client => client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(method => typeof(Task).IsAssignableFrom(method.ReturnType))
            .ToList();

        Assert.NotEmpty(methods);
        Assert.All(methods, method =>
        {
            Assert.True(method.IsVirtual, $"{method.DeclaringType!.Name}.{method.Name} is not virtual");
            Assert.EndsWith("Async", method.Name, StringComparison.Ordinal);
            var last = method.GetParameters()[^1];
            Assert.True(last.ParameterType == typeof(CancellationToken) && last.HasDefaultValue, $"{method.DeclaringType!.Name}.{method.Name} does not end with CancellationToken cancellationToken = default");
        });
    }

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
