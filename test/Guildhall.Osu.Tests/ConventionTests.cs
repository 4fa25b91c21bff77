using System.Reflection;
using Guildhall.Osu.Json;
using Guildhall.Osu.Models;
using Guildhall.Testing.Conventions;

namespace Guildhall.Osu.Tests;

/// <summary>The family's conventions (<see cref="ClientConventionSuite"/>) on osu!, and its serializer context.</summary>
public sealed class ConventionTests : ClientConventionSuite
{
    private static readonly Assembly OsuPackage = typeof(OsuClient).Assembly;

    protected override Assembly Package => OsuPackage;

    protected override bool IsModel(Type type) => type.Namespace == typeof(User).Namespace;

    private static IEnumerable<Type> Models() =>
        OsuPackage.GetExportedTypes().Where(type => type.Namespace == typeof(User).Namespace && type.IsClass && !type.IsAbstract && !type.IsGenericTypeDefinition && type.GetMethod("<Clone>$") is not null);

    [Fact]
    public void Every_model_and_every_list_the_clients_return_is_in_the_serializer_context()
    {
        Assert.NotEmpty(Models());
        foreach (var model in Models())
        {
            Assert.NotNull(OsuJson.Options.GetTypeInfo(model));
        }

        var returned = ApiShape.Clients(OsuPackage)
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
}
