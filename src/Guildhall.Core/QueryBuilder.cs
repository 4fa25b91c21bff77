using System.Globalization;
using System.Text;

namespace Guildhall.Core;

/// <summary>Builds a path with a query string, escaping every name and value and skipping absent values.</summary>
public sealed class QueryBuilder
{
    private readonly StringBuilder _builder;
    private bool _hasQuery;

    /// <summary>Starts from a path without a query string.</summary>
    /// <param name="path">The path, for example <c>bots</c>.</param>
    public QueryBuilder(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _builder = new StringBuilder(path);
        _hasQuery = path.Contains('?', StringComparison.Ordinal);
    }

    /// <summary>Adds <paramref name="name"/>=<paramref name="value"/> unless the value is <see langword="null"/>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value; <see langword="null"/> adds nothing.</param>
    public QueryBuilder Add(string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is null)
        {
            return this;
        }

        _builder.Append(_hasQuery ? '&' : '?')
            .Append(Uri.EscapeDataString(name))
            .Append('=')
            .Append(Uri.EscapeDataString(value));
        _hasQuery = true;
        return this;
    }

    /// <summary>Adds a number, formatted invariantly, unless it is <see langword="null"/>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value; <see langword="null"/> adds nothing.</param>
    public QueryBuilder Add(string name, long? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a number, formatted invariantly, unless it is <see langword="null"/>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value; <see langword="null"/> adds nothing.</param>
    public QueryBuilder Add(string name, ulong? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a boolean as <c>true</c>/<c>false</c> unless it is <see langword="null"/>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value; <see langword="null"/> adds nothing.</param>
    public QueryBuilder Add(string name, bool? value) =>
        Add(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Adds the parameter once per value (<c>ids[]=1&amp;ids[]=2</c>).</summary>
    /// <param name="name">The parameter name, brackets included where the API wants them.</param>
    /// <param name="values">The values.</param>
    public QueryBuilder AddEach(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            Add(name, value);
        }

        return this;
    }

    /// <summary>The path and query.</summary>
    public override string ToString() => _builder.ToString();
}
