namespace Guildhall.Core.Json.Wire;

/// <summary>
/// Marks a generic model for the generated <see cref="IWireModel{TSelf}"/> members. Generic models cannot name their
/// converter in an attribute, so the package's serializer context lists <see cref="WireModelConverter{T}"/> for each
/// closed type instead; non-generic models name it with <c>[JsonConverter]</c> and need no mark.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WireModelAttribute : Attribute;
