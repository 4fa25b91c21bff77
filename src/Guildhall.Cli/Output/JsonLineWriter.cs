using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Guildhall.Cli.Output;

/// <summary>
/// Writes one JSON object as one line of UTF-8 into a reusable buffer, byte for byte as a <see cref="Utf8JsonWriter"/> with
/// default options writes it (compact, the same escaping, the same date format), for a printer that formats a line per
/// request: property names are UTF-8 literals written as they are, and strings that need no escaping (ids, enum names,
/// most names and URLs) are copied without the writer's per-call validation and escaping machinery.
/// </summary>
/// <remarks>
/// The caller writes well-formed objects (every <see cref="StartObject()"/> ended): the writer does not check, since its
/// lines are built by code, not by input. Strings that need escaping go through <see cref="JsonEncodedText"/>, which
/// escapes exactly as <see cref="Utf8JsonWriter"/> does; raw JSON values (<see cref="Element"/>) through a
/// <see cref="Utf8JsonWriter"/> on the same buffer.
/// </remarks>
internal sealed class JsonLineWriter
{
    // What Utf8JsonWriter's default escaping leaves as it is: printable ASCII but for the characters JSON or HTML
    // treats specially. Everything else (control characters, DEL, non-ASCII) is escaped.
    private static readonly SearchValues<char> LeftAsIs = SearchValues.Create(
        string.Concat(Enumerable.Range(0x20, 0x7F - 0x20).Select(code => (char)code).Where(c => !"\"&'+<>\\`".Contains(c, StringComparison.Ordinal))));

    // The 'O' format, which Utf8JsonWriter writes with the fraction's trailing zeros removed.
    private static readonly StandardFormat RoundTrip = new('O');

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private Utf8JsonWriter? _valueWriter;
    private bool _afterValue;

    /// <summary>The line written since the last <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    /// <summary>Starts a new line.</summary>
    public void Reset()
    {
        _buffer.ResetWrittenCount();
        _afterValue = false;
    }

    /// <summary>Opens the line's object.</summary>
    public void StartObject()
    {
        Separate();
        Byte((byte)'{');
        _afterValue = false;
    }

    /// <summary>Opens an object as the value of <paramref name="name"/>.</summary>
    public void StartObject(ReadOnlySpan<byte> name)
    {
        Name(name);
        Byte((byte)'{');
        _afterValue = false;
    }

    /// <summary>Closes the innermost open object.</summary>
    public void EndObject()
    {
        Byte((byte)'}');
        _afterValue = true;
    }

    /// <summary>A string property.</summary>
    /// <param name="name">The name in UTF-8, which needs no escaping.</param>
    /// <param name="value">The value, escaped as needed.</param>
    public void String(ReadOnlySpan<byte> name, string value)
    {
        Name(name);
        Quoted(value);
        _afterValue = true;
    }

    /// <summary>A string property whose name comes from input, so both are escaped as needed.</summary>
    public void String(string name, string value)
    {
        Separate();
        Quoted(name);
        Byte((byte)':');
        Quoted(value);
        _afterValue = true;
    }

    /// <summary>A string property whose value is already encoded for JSON.</summary>
    public void String(ReadOnlySpan<byte> name, JsonEncodedText value)
    {
        Name(name);
        Byte((byte)'"');
        Bytes(value.EncodedUtf8Bytes);
        Byte((byte)'"');
        _afterValue = true;
    }

    /// <summary>A snowflake as a string of digits (ids do not fit a double).</summary>
    public void Id(ReadOnlySpan<byte> name, ulong id)
    {
        Name(name);
        Byte((byte)'"');
        Utf8Formatter.TryFormat(id, _buffer.GetSpan(20), out var written);
        _buffer.Advance(written);
        Byte((byte)'"');
        _afterValue = true;
    }

    /// <summary>A number property.</summary>
    public void Number(ReadOnlySpan<byte> name, int value)
    {
        Name(name);
        Utf8Formatter.TryFormat(value, _buffer.GetSpan(11), out var written);
        _buffer.Advance(written);
        _afterValue = true;
    }

    /// <summary>A boolean property.</summary>
    public void Boolean(ReadOnlySpan<byte> name, bool value)
    {
        Name(name);
        Bytes(value ? "true"u8 : "false"u8);
        _afterValue = true;
    }

    /// <summary>A date as Utf8JsonWriter writes it: ISO 8601 with the offset, the fraction of a second without trailing zeros.</summary>
    public void Date(ReadOnlySpan<byte> name, DateTimeOffset value)
    {
        Name(name);
        Byte((byte)'"');
        Span<byte> text = stackalloc byte[33];
        Utf8Formatter.TryFormat(value, text, out var written, RoundTrip);
        // 'O' is yyyy-MM-ddTHH:mm:ss.fffffff then the offset: the seven digits of the fraction start at 20.
        const int Dot = 19;
        var fractionEnd = Dot + 8;
        var kept = fractionEnd;
        while (kept > Dot + 1 && text[kept - 1] == (byte)'0')
        {
            kept--;
        }

        Bytes(text[..(kept == Dot + 1 ? Dot : kept)]);
        Bytes(text[fractionEnd..written]);
        Byte((byte)'"');
        _afterValue = true;
    }

    /// <summary>A property whose value is a JSON value taken from input, written as <see cref="Utf8JsonWriter"/> writes it.</summary>
    public void Element(ReadOnlySpan<byte> name, JsonElement value)
    {
        Name(name);
        var writer = _valueWriter ??= new Utf8JsonWriter(_buffer);
        writer.Reset(_buffer);
        value.WriteTo(writer);
        writer.Flush();
        _afterValue = true;
    }

    private void Name(ReadOnlySpan<byte> name)
    {
        Separate();
        Byte((byte)'"');
        Bytes(name);
        Bytes("\":"u8);
    }

    private void Separate()
    {
        if (_afterValue)
        {
            Byte((byte)',');
        }
    }

    private void Quoted(string value)
    {
        Byte((byte)'"');
        if (value.AsSpan().ContainsAnyExcept(LeftAsIs))
        {
            Bytes(JsonEncodedText.Encode(value).EncodedUtf8Bytes);
        }
        else
        {
            // Printable ASCII only: one byte per character.
            Ascii.FromUtf16(value, _buffer.GetSpan(value.Length), out var written);
            _buffer.Advance(written);
        }

        Byte((byte)'"');
    }

    private void Byte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    private void Bytes(ReadOnlySpan<byte> value) => _buffer.Write(value);
}
