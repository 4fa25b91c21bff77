namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>Validation messages per field path (<c>title</c>, <c>[0].name</c>, <c>headline.en</c>), in the order found.</summary>
internal sealed class TopGgValidationErrors
{
    private readonly List<KeyValuePair<string, List<string>>> _errors = [];

    public bool Any => _errors.Count > 0;

    public TopGgValidationErrors Add(string path, string message)
    {
        var entry = _errors.FirstOrDefault(e => e.Key == path);
        if (entry.Value is null)
        {
            _errors.Add(new(path, [message]));
        }
        else
        {
            entry.Value.Add(message);
        }

        return this;
    }

    /// <summary>Adds an error unless <paramref name="value"/>'s length is within [min, max].</summary>
    public void RequireLength(string path, string value, int min, int max)
    {
        if (value.Length < min || value.Length > max)
        {
            Add(path, $"The field {path} must be a string with a minimum length of {min} and a maximum length of {max}.");
        }
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (var (path, messages) in _errors)
        {
            json[path] = new JsonArray([.. messages.Select(m => JsonValue.Create(m))]);
        }

        return json;
    }
}
