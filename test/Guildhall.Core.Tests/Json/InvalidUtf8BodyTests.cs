using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core.Errors;

namespace Guildhall.Core.Tests.Json;

/// <summary>
/// Found by fuzzing the model readers: a byte that is not UTF-8 inside a JSON string was accepted, kept as raw JSON in a
/// model (a member the model does not declare), and threw an InvalidOperationException much later, when the model was
/// printed. A body like that is now refused where it is read, with the typed error every unusable body gets.
/// </summary>
public sealed class InvalidUtf8BodyTests
{
    private static readonly JsonTypeInfo<JsonElement> AnyJson = (JsonTypeInfo<JsonElement>)JsonSerializerOptions.Default.GetTypeInfo(typeof(JsonElement));

    [Theory]
    [InlineData(null)]
    [InlineData("utf-8")]
    public void A_json_body_with_a_byte_that_is_not_utf8_inside_a_string_is_an_invalid_response(string? charset)
    {
        byte[] body = [.. """{"comments":[{"id":1,"message":"ab"""u8, 0x9B, .. "\"}]}"u8];
        var response = new ApiResponse("test", HttpStatusCode.OK, new Dictionary<string, string>(), "application/json", charset, body);

        var error = Assert.Throws<ApiInvalidResponseException>(() => response.ReadJson(AnyJson));

        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_in_another_charset_is_transcoded_and_read()
    {
        byte[] body = [.. """{"name":"M"""u8, 0xFC, .. "ller\"}"u8];
        var response = new ApiResponse("test", HttpStatusCode.OK, new Dictionary<string, string>(), "application/json", "iso-8859-1", body);

        Assert.Equal("Müller", response.ReadJson(AnyJson).GetProperty("name").GetString());
    }
}
