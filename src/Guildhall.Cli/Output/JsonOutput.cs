using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Guildhall.Cli.Output;

/// <summary>Writes a model as JSON with the package's own source-generated metadata: indented, or as one line.</summary>
internal static class JsonOutput
{
    // Relaxed escaping: the output is read by people and shells, not embedded in HTML, so '+' and accents stay as they are.
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions OneLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write<T>(TextWriter output, T value, JsonTypeInfo<T> typeInfo) => Write(output, value, typeInfo, Indented);

    /// <summary>Writes the model as one line, for commands that print a value per event while they run.</summary>
    public static void WriteLine<T>(TextWriter output, T value, JsonTypeInfo<T> typeInfo) => Write(output, value, typeInfo, OneLine);

    private static void Write<T>(TextWriter output, T value, JsonTypeInfo<T> typeInfo, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
