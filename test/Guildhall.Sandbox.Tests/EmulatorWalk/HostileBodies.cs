using System.Net.Http.Headers;
using System.Text;

namespace Guildhall.Sandbox.Tests.EmulatorWalk;

/// <summary>Bodies no reader should accept, each named for the test output.</summary>
public static class HostileBodies
{
    /// <summary>
    /// The bodies only a route that reads its body refuses: a malformed JSON body is the route's to answer, in its API's
    /// way. Every other body breaks a limit the host enforces for every route, before any of them runs.
    /// </summary>
    public static readonly IReadOnlySet<string> MalformedOnly = new HashSet<string>(StringComparer.Ordinal) { "malformed JSON", "JSON nested too deep" };

    /// <summary>The names of the bodies, for theories.</summary>
    public static TheoryData<string> Names => [.. Create.Keys];

    private static readonly Dictionary<string, Func<HttpContent>> Create = new(StringComparer.Ordinal)
    {
        // The form a client once sent to /osu/oauth/token: one 12 KB key with no value.
        ["a form with an oversized key"] = () => Typed(string.Concat(Enumerable.Repeat("{\"a\":", 2000)), "application/x-www-form-urlencoded"),
        ["a form with an oversized value"] = () => Typed("grant_type=" + new string('x', 300 * 1024), "application/x-www-form-urlencoded"),
        ["a form with too many fields"] = () => Typed(string.Join('&', Enumerable.Range(0, 2000).Select(i => $"f{i}=1")), "application/x-www-form-urlencoded"),
        ["a multipart form without a boundary"] = () => Typed("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n", "multipart/form-data"),
        ["a multipart form cut short"] = () => Typed("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1", "multipart/form-data; boundary=x"),
        ["JSON with an oversized key"] = () => Typed($"{{\"{new string('k', 3 * 1024)}\":1}}", "application/json"),
        ["JSON with an oversized value"] = () => Typed($"{{\"name\":\"{new string('v', 300 * 1024)}\"}}", "application/json"),
        ["JSON with an oversized number"] = () => Typed($"{{\"server_count\":{new string('9', 300 * 1024)}}}", "application/json"),
        ["JSON nested too deep"] = () => Typed(string.Concat(Enumerable.Repeat("{\"a\":", 2000)) + "1" + new string('}', 2000), "application/json"),
        ["an oversized body"] = () => Typed($"{{\"a\":[{string.Join(',', Enumerable.Repeat("1", 600 * 1024))}]}}", "application/json"),
        ["an oversized body of unknown length"] = () => Unsized($"{{\"a\":[{string.Join(',', Enumerable.Repeat("1", 600 * 1024))}]}}"),
        ["malformed JSON"] = () => Typed("{\"action\":0,\"amount\":", "application/json"),
        ["JSON that is not UTF-8"] = () => Bytes([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D], "application/json"),
    };

    public static HttpContent Get(string name) => Create[name]();

    private static StringContent Typed(string text, string mediaType)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    private static ByteArrayContent Bytes(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    /// <summary>A body sent without <c>Content-Length</c> (chunked on a socket), so only reading it shows its size.</summary>
    private static StreamContent Unsized(string text)
    {
        var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(text)));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        return content;
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
