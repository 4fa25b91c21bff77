using System.Text.Json;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>
/// The body of <c>POST /v1/projects/@me/announcements</c>: <c>title</c> 3–100 characters, <c>content</c> 10–2000,
/// optional <c>category</c> (<c>announcement</c> by default, <c>event</c>, <c>new_feature</c>).
/// </summary>
internal sealed record TopGgAnnouncement(string Title, string Content, string Category)
{
    private static readonly string[] Categories = ["announcement", "event", "new_feature"];

    public static (TopGgAnnouncement? TopGgAnnouncement, TopGgValidationErrors Errors) Parse(JsonNode body)
    {
        var errors = new TopGgValidationErrors();
        if (body is not JsonObject post)
        {
            return (null, errors.Add("$", "The request body must be a JSON object."));
        }

        var title = RequiredString(post, "title", 3, 100, errors);
        var content = RequiredString(post, "content", 10, 2000, errors);
        var category = "announcement";
        if (post["category"] is { } categoryNode)
        {
            category = categoryNode is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? value.GetValue<string>()
                : "";
            if (!Categories.Contains(category, StringComparer.Ordinal))
            {
                errors.Add("category", "The category must be one of: announcement, event, new_feature.");
            }
        }

        return errors.Any ? (null, errors) : (new TopGgAnnouncement(title!, content!, category), errors);
    }

    private static string? RequiredString(JsonObject post, string name, int min, int max, TopGgValidationErrors errors)
    {
        if (post[name] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            errors.Add(name, $"The {name} field is required.");
            return null;
        }

        var text = value.GetValue<string>();
        errors.RequireLength(name, text, min, max);
        return text;
    }
}
