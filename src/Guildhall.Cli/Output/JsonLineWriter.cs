using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Guildhall.Cli.Output;

/// <summary>
/// Writes one JSON object as one line of UTF-8 into a reusable buffer, byte for byte as a <see cref="Utf8JsonWriter"/> with
/// default options writes it (compact, the same escaping, the same date format), for a printer that formats a line per
/// request: property names are UTF-8 literals written as they are, strings that need no escaping (ids, enum names, most
/// names and URLs) are copied as they are, and each property takes one bounds check on one array, where the general
/// writer validates its state and asks its buffer for room on every call.
/// </summary>
/// <remarks>
/// The caller writes well-formed objects (every <see cref="StartObject()"/> ended): the writer does not check, since its
/// lines are built by code, not by input. Strings that need escaping go through <see cref="JsonEncodedText"/>, which
/// escapes exactly as <see cref="Utf8JsonWriter"/> does; raw JSON values (<see cref="Element"/>) through a
/// <see cref="Utf8JsonWriter"/> of its own, then copied.
/// </remarks>
internal sealed class JsonLineWriter
{
    // The most a name's prefix adds to it: a comma, two quotes and a colon.
    private const int PrefixBytes = 4;

    // What Utf8JsonWriter's default escaping leaves as it is: printable ASCII but for the characters JSON or HTML
    // treats specially. Everything else (control characters, DEL, non-ASCII) is escaped.
    private static readonly SearchValues<char> LeftAsIs = SearchValues.Create(
        string.Concat(Enumerable.Range(0x20, 0x7F - 0x20).Select(code => (char)code).Where(c => !"\"&'+<>\\`".Contains(c, StringComparison.Ordinal))));

    // The 'O' format, which Utf8JsonWriter writes with the fraction's trailing zeros removed.
    private static readonly StandardFormat RoundTrip = new('O');

    private byte[] _bytes = new byte[1024];
    private int _length;
    private ArrayBufferWriter<byte>? _valueBuffer;
    private Utf8JsonWriter? _valueWriter;
    private bool _afterValue;

    /// <summary>The line written since the last <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, _length);

    /// <summary>Starts a new line.</summary>
    public void Reset()
    {
        _length = 0;
        _afterValue = false;
    }

    /// <summary>Opens the line's object.</summary>
    public void StartObject()
    {
        var span = Reserve(2);
        var at = 0;
        if (_afterValue)
        {
            span[at++] = (byte)',';
        }

        span[at++] = (byte)'{';
        _length += at;
        _afterValue = false;
    }

    /// <summary>Opens an object as the value of <paramref name="name"/>.</summary>
    public void StartObject(ReadOnlySpan<byte> name)
    {
        var span = Reserve(name.Length + PrefixBytes + 1);
        var at = Prefix(span, name);
        span[at++] = (byte)'{';
        _length += at;
        _afterValue = false;
    }

    /// <summary>Closes the innermost open object.</summary>
    public void EndObject()
    {
        Reserve(1)[0] = (byte)'}';
        _length++;
        _afterValue = true;
    }

    /// <summary>A string property.</summary>
    /// <param name="name">The name in UTF-8, which needs no escaping.</param>
    /// <param name="value">The value, escaped as needed.</param>
    public void String(ReadOnlySpan<byte> name, string value)
    {
        if (NeedsEscaping(value))
        {
            String(name, JsonEncodedText.Encode(value));
            return;
        }

        var span = Reserve(name.Length + PrefixBytes + value.Length + 2);
        var at = Prefix(span, name);
        at += QuotedAscii(span[at..], value);
        _length += at;
        _afterValue = true;
    }

    /// <summary>A string property whose name comes from input, so both are escaped as needed.</summary>
    public void String(string name, string value)
    {
        if (NeedsEscaping(name))
        {
            String(JsonEncodedText.Encode(name).EncodedUtf8Bytes, value);
            return;
        }

        var span = Reserve(name.Length + PrefixBytes);
        var at = 0;
        if (_afterValue)
        {
            span[at++] = (byte)',';
        }

        at += QuotedAscii(span[at..], name);
        span[at++] = (byte)':';
        _length += at;
        // The name is written: what follows is its value, without a comma.
        _afterValue = false;
        Value(value);
    }

    /// <summary>A string property whose value is already encoded for JSON.</summary>
    public void String(ReadOnlySpan<byte> name, JsonEncodedText value)
    {
        var encoded = value.EncodedUtf8Bytes;
        var span = Reserve(name.Length + PrefixBytes + encoded.Length + 2);
        var at = Prefix(span, name);
        _length += at + Quoted(span[at..], encoded);
        _afterValue = true;
    }

    /// <summary>A snowflake as a string of digits (ids do not fit a double).</summary>
    public void Id(ReadOnlySpan<byte> name, ulong id)
    {
        var span = Reserve(name.Length + PrefixBytes + 22);
        var at = Prefix(span, name);
        span[at++] = (byte)'"';
        id.TryFormat(span[at..], out var written, provider: CultureInfo.InvariantCulture);
        at += written;
        span[at++] = (byte)'"';
        _length += at;
        _afterValue = true;
    }

    /// <summary>A number property.</summary>
    public void Number(ReadOnlySpan<byte> name, int value)
    {
        var span = Reserve(name.Length + PrefixBytes + 11);
        var at = Prefix(span, name);
        value.TryFormat(span[at..], out var written, provider: CultureInfo.InvariantCulture);
        _length += at + written;
        _afterValue = true;
    }

    /// <summary>A boolean property.</summary>
    public void Boolean(ReadOnlySpan<byte> name, bool value)
    {
        var literal = value ? "true"u8 : "false"u8;
        var span = Reserve(name.Length + PrefixBytes + literal.Length);
        var at = Prefix(span, name);
        literal.CopyTo(span[at..]);
        _length += at + literal.Length;
        _afterValue = true;
    }

    /// <summary>A date as Utf8JsonWriter writes it: ISO 8601 with the offset, the fraction of a second without trailing zeros.</summary>
    public void Date(ReadOnlySpan<byte> name, DateTimeOffset value)
    {
        Span<byte> text = stackalloc byte[33];
        Utf8Formatter.TryFormat(value, text, out var written, RoundTrip);
        // 'O' is yyyy-MM-ddTHH:mm:ss.fffffff then the offset: the seven digits of the fraction start at 20.
        const int Dot = 19;
        const int FractionEnd = Dot + 8;
        var kept = FractionEnd;
        while (kept > Dot + 1 && text[kept - 1] == (byte)'0')
        {
            kept--;
        }

        var dateAndTime = text[..(kept == Dot + 1 ? Dot : kept)];
        var offset = text[FractionEnd..written];
        var span = Reserve(name.Length + PrefixBytes + written + 2);
        var at = Prefix(span, name);
        span[at++] = (byte)'"';
        dateAndTime.CopyTo(span[at..]);
        at += dateAndTime.Length;
        offset.CopyTo(span[at..]);
        at += offset.Length;
        span[at++] = (byte)'"';
        _length += at;
        _afterValue = true;
    }

    /// <summary>A property whose value is a JSON value taken from input, written as <see cref="Utf8JsonWriter"/> writes it.</summary>
    public void Element(ReadOnlySpan<byte> name, JsonElement value)
    {
        var buffer = _valueBuffer ??= new ArrayBufferWriter<byte>();
        var writer = _valueWriter ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        value.WriteTo(writer);
        writer.Flush();
        var json = buffer.WrittenSpan;
        var span = Reserve(name.Length + PrefixBytes + json.Length);
        var at = Prefix(span, name);
        json.CopyTo(span[at..]);
        _length += at + json.Length;
        _afterValue = true;
    }

    private static bool NeedsEscaping(string text) => text.AsSpan().ContainsAnyExcept(LeftAsIs);

    /// <summary>Printable ASCII only, checked by the caller: one byte per character, in quotes.</summary>
    private static int QuotedAscii(Span<byte> span, string text)
    {
        span[0] = (byte)'"';
        Ascii.FromUtf16(text, span[1..], out var written);
        span[written + 1] = (byte)'"';
        return written + 2;
    }

    /// <summary>Bytes already encoded for JSON, in quotes; returns how many bytes that took.</summary>
    private static int Quoted(Span<byte> span, ReadOnlySpan<byte> encoded)
    {
        span[0] = (byte)'"';
        encoded.CopyTo(span[1..]);
        span[encoded.Length + 1] = (byte)'"';
        return encoded.Length + 2;
    }

    /// <summary>A string value right after its name.</summary>
    private void Value(string value)
    {
        var encoded = NeedsEscaping(value) ? JsonEncodedText.Encode(value).EncodedUtf8Bytes : default;
        var span = Reserve((encoded.IsEmpty ? value.Length : encoded.Length) + 2);
        _length += encoded.IsEmpty ? QuotedAscii(span, value) : Quoted(span, encoded);
        _afterValue = true;
    }

    /// <summary>Writes the comma (after a value), the quoted name and the colon; returns how many bytes that took.</summary>
    private int Prefix(Span<byte> span, ReadOnlySpan<byte> name)
    {
        var at = 0;
        if (_afterValue)
        {
            span[at++] = (byte)',';
        }

        span[at++] = (byte)'"';
        name.CopyTo(span[at..]);
        at += name.Length;
        span[at++] = (byte)'"';
        span[at++] = (byte)':';
        return at;
    }

    /// <summary>Room for at least <paramref name="count"/> more bytes, the buffer doubling when it runs out.</summary>
    private Span<byte> Reserve(int count)
    {
        if (_bytes.Length - _length < count)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
        }

        return _bytes.AsSpan(_length);
    }
}
