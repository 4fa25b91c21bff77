using System.Net;
using System.Text.Json.Nodes;

namespace Guildhall.Sandbox.Tests;

/// <summary>Checks on raw sandbox responses that every emulator's tests share.</summary>
internal static class SandboxAssert
{
    /// <summary>Asserts the status (showing the body when it differs) and returns the parsed JSON body.</summary>
    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
