namespace Guildhall.WireGenerator;

/// <summary>One member of a wire model: its C# and wire names, its type, and the code that reads and writes it.</summary>
internal sealed class MemberSpec(string name, string declaringType, string wireName, string type, int index, bool required, string read, string write, string? converter)
{
    /// <summary>The property.</summary>
    public string Name { get; } = name;

    /// <summary>The type that declares the property (the model or a base record), fully qualified.</summary>
    public string DeclaringType { get; } = declaringType;

    /// <summary>The JSON name.</summary>
    public string WireName { get; } = wireName;

    /// <summary>The property type, fully qualified.</summary>
    public string Type { get; } = type;

    /// <summary>The member's index in its model (and in its <c>WireMemory</c>).</summary>
    public int Index { get; } = index;

    /// <summary>Whether the JSON must have it.</summary>
    public bool Required { get; } = required;

    /// <summary>The expression that reads it.</summary>
    public string Read { get; } = read;

    /// <summary>The statement that writes it.</summary>
    public string Write { get; } = write;

    /// <summary>The member's own converter type, if it has one.</summary>
    public string? Converter { get; } = converter;
}
