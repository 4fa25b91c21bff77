using System.Text.Json;
using Guildhall.Sandbox.Polympics.Wire;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary>
/// A request body validated like a pydantic v1 model: a missing or non-object body is one issue at <c>["body"]</c>;
/// otherwise each field adds its own issue at <c>["body", field]</c>.
/// </summary>
internal sealed class PolympicsForm
{
    private readonly JsonElement? _body;
    private readonly ICollection<PolympicsIssue> _issues;

    public PolympicsForm(JsonElement? body, ICollection<PolympicsIssue> issues)
    {
        _issues = issues;
        if (body is null)
        {
            issues.Add(PolympicsValues.Missing(["body"]));
        }
        else if (body.Value.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new(["body"], "value is not a valid dict", "type_error.dict"));
        }
        else
        {
            _body = body;
        }
    }

    /// <summary>Whether the body is an object whose fields can be read.</summary>
    public bool IsObject => _body is not null;

    /// <summary>Whether the body carries <paramref name="name"/> with a value other than <c>null</c>.</summary>
    public bool Has(string name) => Field(name) is { ValueKind: not JsonValueKind.Null };

    public string? String(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        var text = PolympicsValues.AsString(value);
        if (text is null)
        {
            _issues.Add(new(["body", name], "str type expected", "type_error.str"));
        }

        return text;
    }

    /// <summary>A required pydantic <c>HttpUrl</c> field.</summary>
    public string? HttpUrl(string name)
    {
        var url = String(name, required: true);
        if (url is not null && PolympicsUrlValidator.Validate(url, ["body", name]) is { } issue)
        {
            _issues.Add(issue);
            return null;
        }

        return url;
    }

    public long? Int(string name, bool required, bool nullable)
    {
        if (Field(name) is { ValueKind: JsonValueKind.Null } && !nullable)
        {
            _issues.Add(NoneNotAllowed(name));
            return null;
        }

        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (PolympicsValues.TryInt(value, out var result))
        {
            return result;
        }

        _issues.Add(PolympicsValues.NotAnInteger(["body", name]));
        return null;
    }

    public T? Model<T>(string name, bool required, Func<long, T?> find, string modelName)
        where T : class =>
        TryGet(name, required, out var value) ? PolympicsValues.Model(value, find, modelName, ["body", name], _issues) : null;

    /// <summary>
    /// The server's <c>Union[Model, ExplicitNone]</c>: a model id, or the integer 0 meaning "none". When both readings
    /// fail, pydantic reports both issues at the same location.
    /// </summary>
    public (bool Given, T? Model) ModelOrExplicitNone<T>(string name, Func<long, T?> find, string modelName)
        where T : class
    {
        if (!TryGet(name, required: false, out var value))
        {
            return (false, null);
        }

        object[] location = ["body", name];
        var attempt = new List<PolympicsIssue>();
        if (PolympicsValues.Model(value, find, modelName, location, attempt) is { } model)
        {
            return (true, model);
        }

        if (PolympicsValues.IntArgumentTypeError(value, location) is { } typeError)
        {
            attempt.Add(typeError);
        }
        else if (!PolympicsValues.TryInt(value, out var id))
        {
            attempt.Add(new(location, "Invalid ID: must be int.", "value_error"));
        }
        else if (id == 0)
        {
            return (true, null);
        }
        else
        {
            attempt.Add(new(location, "Should fall through to next type.", "value_error"));
        }

        foreach (var issue in attempt)
        {
            _issues.Add(issue);
        }

        return (false, null);
    }

    /// <summary>A required list of model ids, each resolved (issues at <c>["body", name, index]</c>).</summary>
    public List<T>? ModelList<T>(string name, Func<long, T?> find, string modelName)
        where T : class
    {
        if (!TryGet(name, required: true, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _issues.Add(new(["body", name], "value is not a valid list", "type_error.list"));
            return null;
        }

        var models = new List<T>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (PolympicsValues.Model(item, find, modelName, ["body", name, index++], _issues) is { } model)
            {
                models.Add(model);
            }
        }

        return models;
    }

    /// <summary>
    /// Reads a field that is present and not null. A missing required field is <c>field required</c>; a null required
    /// field is <c>none is not an allowed value</c>; a missing or null optional field is simply absent.
    /// </summary>
    public bool TryGet(string name, bool required, out JsonElement value)
    {
        value = default;
        var field = Field(name);
        if (_body is null)
        {
            return false;
        }

        if (field is null || field.Value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                _issues.Add(field is null ? PolympicsValues.Missing(["body", name]) : NoneNotAllowed(name));
            }

            return false;
        }

        value = field.Value;
        return true;
    }

    private static PolympicsIssue NoneNotAllowed(string name) => new(["body", name], "none is not an allowed value", "type_error.none.not_allowed");

    private JsonElement? Field(string name) =>
        _body is { } body && body.TryGetProperty(name, out var value) ? value : null;
}
