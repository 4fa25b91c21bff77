using System.Text.Json;
using Guildhall.Sandbox.Polympics.Wire;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary>
/// The conversions pydantic v1 applies to incoming values, with its error messages: lenient ints and strings, and the
/// server's model ids (<c>convert</c>), which turn an unknown id into a 422 rather than a 404.
/// </summary>
internal static class PolympicsValues
{
    /// <summary>Python's <c>int(str)</c>: surrounding spaces and a sign allowed, nothing else.</summary>
    public static bool TryParseInt(string text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Python's <c>int(value)</c> on a decoded JSON value: ints, numeric strings, floats (truncated) and booleans.</summary>
    public static bool TryInt(JsonElement value, out long result)
    {
        result = 0;
        switch (value.ValueKind)
        {
            case JsonValueKind.Number when value.TryGetInt64(out result):
                return true;
            case JsonValueKind.Number:
                var number = Math.Truncate(value.GetDouble());
                result = (long)number;
                return number is >= long.MinValue and <= long.MaxValue;
            case JsonValueKind.String:
                return TryParseInt(value.GetString()!, out result);
            case JsonValueKind.True or JsonValueKind.False:
                result = value.ValueKind == JsonValueKind.True ? 1 : 0;
                return true;
            default:
                return false;
        }
    }

    /// <summary>pydantic v1's <c>str</c> field: strings, and numbers or booleans turned into their Python text.</summary>
    public static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        _ => null,
    };

    /// <summary>
    /// Resolves a model id the way the server's <c>convert</c> validator does, adding its issue at
    /// <paramref name="location"/> when the value is not an int or names nothing.
    /// </summary>
    public static T? Model<T>(JsonElement value, Func<long, T?> find, string modelName, object[] location, ICollection<PolympicsIssue> issues)
        where T : class
    {
        if (IntArgumentTypeError(value, location) is { } typeError)
        {
            issues.Add(typeError);
            return null;
        }

        if (!TryInt(value, out var id))
        {
            issues.Add(new(location, $"Invalid {modelName} ID: must be int.", "value_error"));
            return null;
        }

        return Found(id, find, modelName, location, issues);
    }

    /// <summary>Resolves a model id given as text (a path or query parameter).</summary>
    public static T? Model<T>(string value, Func<long, T?> find, string modelName, object[] location, ICollection<PolympicsIssue> issues)
        where T : class
    {
        if (!TryParseInt(value, out var id))
        {
            issues.Add(new(location, $"Invalid {modelName} ID: must be int.", "value_error"));
            return null;
        }

        return Found(id, find, modelName, location, issues);
    }

    /// <summary>The <c>TypeError</c> Python's <c>int()</c> raises for a list or an object, which pydantic reports as is.</summary>
    public static PolympicsIssue? IntArgumentTypeError(JsonElement value, object[] location) => value.ValueKind switch
    {
        JsonValueKind.Array => new(location, "int() argument must be a string, a bytes-like object or a number, not 'list'", "type_error"),
        JsonValueKind.Object => new(location, "int() argument must be a string, a bytes-like object or a number, not 'dict'", "type_error"),
        _ => null,
    };

    public static PolympicsIssue Missing(object[] location) => new(location, "field required", "value_error.missing");

    public static PolympicsIssue NotAnInteger(object[] location) => new(location, "value is not a valid integer", "type_error.integer");

    public static PolympicsIssue NotAnEvent(object[] location) => new(
        location,
        "value is not a valid enumeration member; permitted: 'account_team_update'",
        "type_error.enum",
        new JsonObject { ["enum_values"] = new JsonArray("account_team_update") });

    private static T? Found<T>(long id, Func<long, T?> find, string modelName, object[] location, ICollection<PolympicsIssue> issues)
        where T : class
    {
        var found = find(id);
        if (found is null)
        {
            issues.Add(new(location, $"{modelName} not found.", "value_error"));
        }

        return found;
    }
}
