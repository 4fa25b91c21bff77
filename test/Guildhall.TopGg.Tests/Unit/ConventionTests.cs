using System.Reflection;
using System.Text.Json.Serialization;
using Guildhall.Testing.Conventions;
using Guildhall.TopGg.Json;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Tests.Unit;

/// <summary>The family's conventions (<see cref="ClientConventionSuite"/>) on Top.gg, and its serializer context.</summary>
public sealed class ConventionTests : ClientConventionSuite
{
    private static readonly Type[] Models = typeof(TopGgClient).Assembly.GetExportedTypes()
        .Where(type => type.Namespace == typeof(TopGgBot).Namespace && type.IsClass)
        .ToArray();

    protected override Assembly Package => typeof(TopGgClient).Assembly;

    protected override bool IsModel(Type type) => type.Namespace == typeof(TopGgBot).Namespace;

    [Fact]
    public void Every_wire_model_is_in_the_json_context()
    {
        var wireModels = Models.Where(model => model.GetProperties().Any(property => property.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
            || model.GetCustomAttribute<JsonConverterAttribute>() is not null).ToList();

        Assert.NotEmpty(wireModels);
        Assert.All(wireModels, model => Assert.NotNull(TopGgJsonContext.Default.GetTypeInfo(model)));
    }
}
