using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Guildhall.WireGenerator;

/// <summary>A wire model as the generator sees it: its declaration and its members, each with how it is read and written.</summary>
internal sealed class ModelSpec
{
    private const string WireNamespace = "global::Guildhall.Core.Json.Wire";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private ModelSpec(INamedTypeSymbol type, List<MemberSpec> members)
    {
        Namespace = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        Keyword = type.IsRecord ? "record" : "class";
        Name = type.Name;
        TypeParameters = type.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">";
        FullName = type.ToDisplayString(TypeFormat);
        HintName = type.ToDisplayString().Replace('<', '[').Replace('>', ']') + ".Wire.g.cs";
        Members = members;
        IsGeneric = type.IsGenericType;
    }

    /// <summary>Whether the model has type parameters (its lists are read with the shared element readers).</summary>
    public bool IsGeneric { get; }

    public string? Namespace { get; }

    public string Keyword { get; }

    public string Name { get; }

    public string TypeParameters { get; }

    public string FullName { get; }

    public string HintName { get; }

    public IReadOnlyList<MemberSpec> Members { get; }

    /// <summary>Whether <paramref name="type"/> names <c>WireModelConverter&lt;itself&gt;</c> as its converter or is a generic model marked <c>[WireModel]</c>.</summary>
    public static bool IsWireModel(ITypeSymbol type) => type.GetAttributes().Any(attribute =>
        attribute.AttributeClass?.ToDisplayString() == "Guildhall.Core.Json.Wire.WireModelAttribute"
        || (attribute.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonConverterAttribute"
            && attribute.ConstructorArguments.Length == 1
            && attribute.ConstructorArguments[0].Value is INamedTypeSymbol { Name: "WireModelConverter" } converter
            && converter.ContainingNamespace.ToDisplayString() == "Guildhall.Core.Json.Wire"));

    public static ModelSpec Create(INamedTypeSymbol type, int namingPolicy)
    {
        var members = new List<MemberSpec>();
        foreach (var property in Properties(type))
        {
            if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public
                || property.SetMethod is not { DeclaredAccessibility: Accessibility.Public or Accessibility.Internal }
                || property.Name is "ExtensionData" or "WireTrace" || IsIgnored(property))
            {
                continue;
            }

            var index = members.Count;
            var wireName = Attribute(property, "System.Text.Json.Serialization.JsonPropertyNameAttribute")?.ConstructorArguments[0].Value as string
                ?? Naming.Apply(property.Name, namingPolicy);
            var required = property.IsRequired || Attribute(property, "System.Text.Json.Serialization.JsonRequiredAttribute") is not null;
            members.Add(Describe(property, index, wireName, required));
        }

        return new ModelSpec(type, members);
    }

    /// <summary>The type's properties and those it inherits from base records, the bases' first.</summary>
    private static IEnumerable<IPropertySymbol> Properties(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var seen = new HashSet<string>();
        return chain.SelectMany(level => level.GetMembers().OfType<IPropertySymbol>()).Where(property => !property.IsOverride && seen.Add(property.Name));
    }

    private static MemberSpec Describe(IPropertySymbol property, int index, string wireName, bool required)
    {
        var type = property.Type.ToDisplayString(TypeFormat);
        var converter = Attribute(property, "System.Text.Json.Serialization.JsonConverterAttribute")?.ConstructorArguments[0].Value as INamedTypeSymbol;
        if (converter is not null && !IsNativeConverter(converter))
        {
            var converted = ConvertedType(converter);
            return new MemberSpec(property.Name, property.ContainingType.ToDisplayString(TypeFormat), wireName, type, index, required,
                $"{WireNamespace}.WireRead.Converted<{converted}>(__c{index}, ref reader, options, ref trace, {index})",
                $"{WireNamespace}.WireWrite.Converted<{converted}>(__c{index}, writer, __n{index}, value.{property.Name}, in trace, {index}, options)",
                converter.ToDisplayString(TypeFormat));
        }

        var (read, write, tail) = Codec(property.Type, index, property.ContainingType);
        return new MemberSpec(property.Name, property.ContainingType.ToDisplayString(TypeFormat), wireName, type, index, required, read, $"{write}(writer, __n{index}, value.{property.Name}, in trace, {index}, options{tail})", null);
    }

    /// <summary>The reader call, the writer method and the writer's arguments after the options, of a member of <paramref name="type"/>.</summary>
    private static (string Read, string Write, string Tail) Codec(ITypeSymbol type, int index, INamedTypeSymbol declaring)
    {
        var nullable = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
        var core = nullable ? ((INamedTypeSymbol)type).TypeArguments[0] : type;
        var name = core.ToDisplayString(TypeFormat);
        var prefix = nullable ? "Nullable" : "";
        var scalar = $"(ref reader, ref trace, {index})";
        if (core.SpecialType == SpecialType.System_Boolean)
        {
            return ($"{WireNamespace}.WireRead.{prefix}Boolean{scalar}", $"{WireNamespace}.WireWrite.Boolean", "");
        }

        if (IsNumber(core))
        {
            return ($"{WireNamespace}.WireRead.{prefix}Number<{name}>{scalar}", $"{WireNamespace}.WireWrite.Number<{name}>", "");
        }

        if (core.SpecialType == SpecialType.System_String)
        {
            return ($"{WireNamespace}.WireRead.Text{scalar}", $"{WireNamespace}.WireWrite.Text", "");
        }

        if (core.ToDisplayString() == "System.DateTimeOffset")
        {
            return ($"{WireNamespace}.WireRead.{prefix}Date{scalar}", $"{WireNamespace}.WireWrite.Date", "");
        }

        if (core.TypeKind == TypeKind.Enum)
        {
            return ($"{WireNamespace}.WireRead.{prefix}Enum<{name}>{scalar}", $"{WireNamespace}.WireWrite.Enum<{name}>", "");
        }

        if (core.ToDisplayString() == "System.Uri")
        {
            return ($"{WireNamespace}.WireRead.Uri{scalar}", $"{WireNamespace}.WireWrite.Uri", "");
        }

        if (core.ToDisplayString() == "System.Text.Json.JsonElement")
        {
            return (nullable ? $"{WireNamespace}.WireRead.NullableElement{scalar}" : $"{WireNamespace}.WireRead.Element(ref reader)", $"{WireNamespace}.WireWrite.Element", "");
        }

        var plain = core.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat);
        if (IsModel(core))
        {
            return ($"{WireNamespace}.WireRead.Model<{plain}>(ref reader, options, ref trace, {index})", $"{WireNamespace}.WireWrite.Model<{plain}>", "");
        }

        if (core is INamedTypeSymbol { Name: "IReadOnlyList", TypeArguments.Length: 1 } list && ElementCodec(list.TypeArguments[0]) is { } element)
        {
            var item = list.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat);
            var reader = HasOwnElementReader(list.TypeArguments[0], declaring) ? $"{item}.{ModelSource.ElementReader}" : $"{WireNamespace}.Wire{element}";
            return ($"{WireNamespace}.WireRead.List<{item}, {reader}>(ref reader, options, ref trace, {index}, default)",
                $"{WireNamespace}.WireWrite.List<{item}>", $", {WireNamespace}.WireWrite.{element}");
        }

        return ($"{WireNamespace}.WireRead.Other<{plain}>(ref reader, options, ref trace, {index})", $"{WireNamespace}.WireWrite.Other<{plain}>", "");
    }

    /// <summary>
    /// The element writer's name in WireWrite of a list of <paramref name="item"/>, which is also the reader's name in
    /// WireRead and, prefixed with <c>Wire</c>, the name of the element struct the list reader takes.
    /// </summary>
    private static string? ElementCodec(ITypeSymbol item)
    {
        var name = item.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat);
        return item switch
        {
            _ when item.SpecialType == SpecialType.System_String => "StringElement",
            _ when item.SpecialType == SpecialType.System_Boolean => "BooleanElement",
            _ when IsNumber(item) => $"NumberElement<{name}>",
            { TypeKind: TypeKind.Enum } => $"EnumElement<{name}>",
            _ when IsModel(item) => $"ModelElement<{name}>",
            _ => null,
        };
    }

    /// <summary>
    /// Whether <paramref name="item"/> is a model this compilation generates a list element reader for (a non-generic
    /// model of the same assembly as <paramref name="declaring"/>; see <see cref="ModelSource.ElementReader"/>).
    /// </summary>
    public static bool HasOwnElementReader(ITypeSymbol item, INamedTypeSymbol declaring) =>
        item is INamedTypeSymbol { IsGenericType: false } named && IsWireModel(named)
        && SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, declaring.ContainingAssembly);

    private static bool IsModel(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol parameter => parameter.ConstraintTypes.Any(constraint => constraint.Name == "IWireModel"),
        _ => IsWireModel(type),
    };

    private static bool IsNumber(ITypeSymbol type) => type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
        or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Byte or SpecialType.System_SByte
        or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;

    /// <summary>Converters whose job the generated code does itself: tolerant dates and enums.</summary>
    private static bool IsNativeConverter(INamedTypeSymbol converter) =>
        converter.ContainingNamespace.ToDisplayString() == "Guildhall.Core.Json"
        && converter.Name is "FlexibleDateTimeOffsetConverter" or "NullableFlexibleDateTimeOffsetConverter" or "TolerantEnumConverter";

    private static string ConvertedType(INamedTypeSymbol converter)
    {
        for (var type = converter.BaseType; type is not null; type = type.BaseType)
        {
            if (type.Name == "JsonConverter" && type.TypeArguments.Length == 1)
            {
                return type.TypeArguments[0].ToDisplayString(TypeFormat);
            }
        }

        return "object";
    }

    private static bool IsIgnored(IPropertySymbol property) =>
        Attribute(property, "System.Text.Json.Serialization.JsonIgnoreAttribute") is { } ignore
        && !ignore.NamedArguments.Any(argument => argument.Key == "Condition" && argument.Value.Value is 0);

    private static AttributeData? Attribute(ISymbol symbol, string name) =>
        symbol.GetAttributes().FirstOrDefault(attribute => attribute.AttributeClass?.ToDisplayString() == name);
}
