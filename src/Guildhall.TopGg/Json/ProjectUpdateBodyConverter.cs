using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guildhall.TopGg.Json;

/// <summary>Writes <see cref="ProjectUpdateBody"/> with the page-text field named as configured; empty maps are left out.</summary>
internal sealed class ProjectUpdateBodyConverter : JsonConverter<ProjectUpdateBody>
{
    public override ProjectUpdateBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Project updates are only ever sent.");

    public override void Write(Utf8JsonWriter writer, ProjectUpdateBody value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteLocalized(writer, "headline", value.Update.Headline);
        var contentName = value.ContentField == TopGgProjectContentField.Content ? "content" : "page_content";
        WriteLocalized(writer, contentName, value.Update.Content);
        writer.WriteEndObject();
    }

    private static void WriteLocalized(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string> texts)
    {
        if (texts.Count == 0)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (locale, text) in texts)
        {
            writer.WriteString(locale, text);
        }

        writer.WriteEndObject();
    }
}
