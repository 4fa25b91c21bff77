using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guildhall.WireGenerator;

/// <summary>
/// Generates the reader and writer of every type that names <c>WireModelConverter&lt;itself&gt;</c> as its JSON
/// converter: a reader that sets each member through its <c>init</c> accessor as it is read, matching each name first
/// against the member that followed the previous one the last time (APIs send members in a steady order), the model's
/// extension data, and a writer that gives back what was read.
/// </summary>
[Generator]
public sealed class WireModelGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var named = Models(context, "System.Text.Json.Serialization.JsonConverterAttribute");
        var generic = Models(context, "Guildhall.Core.Json.Wire.WireModelAttribute");

        var naming = context.SyntaxProvider.ForAttributeWithMetadataName(
            "System.Text.Json.Serialization.JsonSourceGenerationOptionsAttribute",
            static (node, _) => node is ClassDeclarationSyntax,
            static (syntax, _) => syntax.Attributes
                .SelectMany(attribute => attribute.NamedArguments)
                .Where(argument => argument.Key == "PropertyNamingPolicy")
                .Select(argument => (int?)argument.Value.Value)
                .FirstOrDefault() ?? 0)
            .Collect();

        foreach (var models in new[] { named, generic })
        {
            context.RegisterSourceOutput(models.Combine(naming), static (output, pair) =>
            {
                var (type, policies) = pair;
                var spec = ModelSpec.Create(type!, policies.IsDefaultOrEmpty ? 0 : policies.Max());
                output.AddSource(spec.HintName, ModelSource.Write(spec));
            });
        }
    }

    private static IncrementalValuesProvider<INamedTypeSymbol?> Models(IncrementalGeneratorInitializationContext context, string attribute) =>
        context.SyntaxProvider.ForAttributeWithMetadataName(
            attribute,
            static (node, _) => node is TypeDeclarationSyntax,
            static (syntax, _) => syntax.TargetSymbol is INamedTypeSymbol type && ModelSpec.IsWireModel(type) ? type : null)
            .Where(static type => type is not null);
}
