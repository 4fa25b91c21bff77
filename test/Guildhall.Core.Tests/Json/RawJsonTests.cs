using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using Guildhall.Core.Errors;
using Guildhall.Core.Json;
using Guildhall.Core.Tests.Support;

namespace Guildhall.Core.Tests.Json;

/// <summary>
/// A model that keeps its raw JSON is read straight from the body, and the body's JSON is kept as bytes until someone
/// reads it: then it is parsed once, and every reader, on any thread, gets the same element.
/// </summary>
public sealed class RawJsonTests
{
    private const string Body = """{"name":"kept","count":3,"rows":[{"n":1},{"n":2}]}""";

    [Fact]
    public async Task A_call_reads_the_model_and_keeps_the_body_after_its_pooled_buffer_went_back()
    {
        var (transport, _, _) = TransportFactory.Create(h => h.Then(HttpStatusCode.OK, Body));
        RawJson? kept = null;

        var sample = await transport.SendAsync(new ApiRequest(HttpMethod.Get, "things/1"), TestJsonContext.Default.Sample, (model, raw) =>
        {
            kept = raw;
            return model;
        });
        // The body was lent from the pool; whoever rents that buffer next writes over it.
        var reused = ArrayPool<byte>.Shared.Rent(Body.Length);
        reused.AsSpan().Fill((byte)'x');

        Assert.Equal(new Sample("kept", 3), sample);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(Body).RootElement, kept!.Element));
        ArrayPool<byte>.Shared.Return(reused);
    }

    [Fact]
    public void Every_read_gives_the_same_element()
    {
        var raw = Read(Body);

        var first = raw.Element;

        Assert.True(SameElement(first, raw.Element));
        Assert.Equal(Body, first.GetRawText());
    }

    [Fact]
    public async Task Threads_reading_at_once_all_get_the_same_element()
    {
        for (var round = 0; round < 20; round++)
        {
            var raw = Read(Body);
            using var start = new Barrier(4);
            var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            {
                Assert.True(start.SignalAndWait(TimeSpan.FromSeconds(10)), "the readers did not start together");
                return raw.Element;
            })).ToArray();

            var elements = await Task.WhenAll(readers);

            Assert.All(elements, element => Assert.True(SameElement(elements[0], element)));
        }
    }

    [Fact]
    public void An_array_item_is_the_item_of_the_parents_own_element()
    {
        var page = Read(Body);

        var second = page.ArrayItem("rows", 1);

        Assert.Equal(2, second.Element.GetProperty("n").GetInt32());
        Assert.True(SameElement(page.Element.GetProperty("rows")[1], second.Element));
    }

    [Theory]
    [InlineData("rows", 2)]
    [InlineData("name", 0)]
    [InlineData("missing", 0)]
    public void An_item_the_parent_does_not_have_is_undefined(string property, int index)
    {
        var page = Read(Body);

        Assert.Equal(JsonValueKind.Undefined, page.ArrayItem(property, index).Element.ValueKind);
    }

    [Fact]
    public void Only_a_defined_element_is_wrapped()
    {
        var element = JsonDocument.Parse(Body).RootElement;

        Assert.Null(RawJson.FromElement(default));
        Assert.True(SameElement(element, RawJson.FromElement(element)!.Element));
    }

    [Fact]
    public void Equal_means_the_same_element_as_a_json_element_compares()
    {
        var raw = Read(Body);
        var unread = Read(Body);
        var wrapped = RawJson.FromElement(raw.Element)!;

        Assert.Equal(raw, wrapped);
        Assert.Equal(raw.GetHashCode(), wrapped.GetHashCode());
        Assert.NotEqual(raw, unread);
        _ = unread.Element;
        Assert.NotEqual(raw, unread);
    }

    [Fact]
    public void Its_text_is_not_the_json()
    {
        Assert.DoesNotContain("kept", Read(Body).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "application/json", "tatsu returned an unusable response: the 200 response has an empty body where JSON was expected.")]
    [InlineData("<html><title>502</title></html>", "text/html", "tatsu returned an unusable response: expected JSON but the body is text/html.")]
    [InlineData("null", "application/json", "test.get returned JSON that does not fit Sample: The body is JSON null.")]
    public void A_body_without_a_model_is_an_invalid_response(string body, string mediaType, string message)
    {
        var response = Response(body, mediaType);

        var error = Assert.Throws<ApiInvalidResponseException>(() => response.ReadJson(TestJsonContext.Default.Sample, "test.get", out _));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_truncated_body_is_malformed_not_of_the_wrong_shape()
    {
        var response = Response("""{"name":"kept","cou""", "application/json");

        var error = Assert.Throws<ApiInvalidResponseException>(() => response.ReadJson(TestJsonContext.Default.Sample, "test.get", out _));

        Assert.StartsWith("tatsu returned an unusable response: the JSON body is malformed or truncated (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_of_the_wrong_shape_names_the_operation_and_the_model()
    {
        var response = Response("""{"name":"kept","count":"many"}""", "application/json");

        var error = Assert.Throws<ApiInvalidResponseException>(() => response.ReadJson(TestJsonContext.Default.Sample, "test.get", out _));

        Assert.StartsWith("test.get returned JSON that does not fit Sample: ", error.Message, StringComparison.Ordinal);
        Assert.Equal("test.get", error.Operation);
        Assert.IsType<JsonException>(error.InnerException);
    }

    [Fact]
    public void A_secret_body_of_the_wrong_shape_is_not_quoted()
    {
        var response = new ApiResponse("tatsu", HttpStatusCode.OK, new Dictionary<string, string>(), "application/json", null,
            Encoding.UTF8.GetBytes("""{"name":"kept","count":"hunter2-secret"}""")) { IsSecret = true };

        var error = Assert.Throws<ApiInvalidResponseException>(() => response.ReadJson(TestJsonContext.Default.Sample, "test.get", out _));

        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
        Assert.Null(error.InnerException);
    }

    /// <summary>The same element of the same document: what a <see cref="JsonElement"/>'s own equality means.</summary>
    private static bool SameElement(JsonElement left, JsonElement right) => EqualityComparer<JsonElement>.Default.Equals(left, right);

    private static RawJson Read(string body)
    {
        _ = Response(body, "application/json").ReadJson(TestJsonContext.Default.Sample, "test.get", out var raw);
        return raw;
    }

    private static ApiResponse Response(string body, string mediaType) =>
        new("tatsu", HttpStatusCode.OK, new Dictionary<string, string>(), mediaType, null, Encoding.UTF8.GetBytes(body));
}
