using System.Collections.Immutable;
using System.Text.Json;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>
/// The body of <c>PATCH /v1/projects/@me</c>: <c>headline</c> (3–140 characters) and page content (300–50 000), each a
/// map from locale to text. The page content is accepted as <c>page_content</c> (the Node SDK and the published
/// schemas) or <c>content</c> (the Python SDK); a plain string means English.
/// </summary>
internal sealed record TopGgProjectEdit(
    ImmutableDictionary<string, string> Headlines, ImmutableDictionary<string, string> PageContents)
{
    public static (TopGgProjectEdit? Edit, TopGgValidationErrors Errors) Parse(JsonNode body)
    {
        var errors = new TopGgValidationErrors();
        if (body is not JsonObject edit)
        {
            return (null, errors.Add("$", "The request body must be a JSON object."));
        }

        var contentName = edit.ContainsKey("page_content") ? "page_content" : "content";
        var headlines = ReadLocalized(edit, "headline", 3, 140, errors);
        var contents = ReadLocalized(edit, contentName, 300, 50_000, errors);
        if (!edit.ContainsKey("headline") && !edit.ContainsKey(contentName))
        {
            errors.Add("", "Either headline or page_content must be provided.");
        }

        return errors.Any ? (null, errors) : (new TopGgProjectEdit(headlines, contents), errors);
    }

    private static ImmutableDictionary<string, string> ReadLocalized(
        JsonObject edit, string name, int min, int max, TopGgValidationErrors errors)
    {
        var result = ImmutableDictionary<string, string>.Empty;
        switch (edit[name])
        {
            case null:
                return result;
            case JsonValue text when text.GetValueKind() == JsonValueKind.String:
                errors.RequireLength(name, text.GetValue<string>(), min, max);
                return result.Add("en", text.GetValue<string>());
            case JsonObject perLocale:
                foreach (var (locale, value) in perLocale)
                {
                    var path = $"{name}.{locale}";
                    if (!TopGgProjectLocales.All.Contains(locale))
                    {
                        errors.Add(path, $"'{locale}' is not a supported locale.");
                    }
                    else if (value is JsonValue localized && localized.GetValueKind() == JsonValueKind.String)
                    {
                        errors.RequireLength(path, localized.GetValue<string>(), min, max);
                        result = result.SetItem(locale, localized.GetValue<string>());
                    }
                    else
                    {
                        errors.Add(path, "The value must be a string.");
                    }
                }

                return result;
            default:
                errors.Add(name, "The value must be an object mapping locales to strings.");
                return result;
        }
    }
}
