using System.Reflection;
using Guildhall.Tatsu.Json;
using Guildhall.Tatsu.Models;
using Guildhall.Testing.Conventions;

namespace Guildhall.Tatsu.Tests;

/// <summary>The family's conventions (<see cref="ClientConventionSuite"/>) on Tatsu, and its serializer context.</summary>
public sealed class TatsuConventionTests : ClientConventionSuite
{
    private static readonly Type[] PublicTypes = typeof(TatsuClient).Assembly.GetExportedTypes();

    protected override Assembly Package => typeof(TatsuClient).Assembly;

    protected override bool IsModel(Type type) => type.Namespace == typeof(TatsuUserProfile).Namespace;

    [Fact]
    public void Every_response_model_is_in_the_serializer_context()
    {
        var models = PublicTypes.Where(type => type.Namespace == typeof(TatsuUserProfile).Namespace && type.IsClass && !type.IsAbstract
            && type != typeof(TatsuStorePrice));

        Assert.NotEmpty(models);
        Assert.All(models, model => Assert.NotNull(TatsuJsonContext.Default.GetTypeInfo(model)));
    }
}
