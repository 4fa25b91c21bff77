using Microsoft.AspNetCore.WebUtilities;

namespace Guildhall.Sandbox.Tatsu.Wire;

/// <summary>A response of the emulated API: a status and the JSON body Tatsu sends with it.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The JSON body, or null for none.</param>
internal readonly record struct TatsuReply(int Status, JsonNode? Body)
{
    /// <summary>Code 1003, the one specific error code published by Tatsu's change log.</summary>
    public const int UnknownGuildMemberCode = 1003;

    public static TatsuReply Ok(JsonNode body) => new(StatusCodes.Status200OK, body);

    /// <summary>
    /// Tatsu's generic error: code 0 and the message <c>"{status}: {reason}"</c>, for example
    /// <c>{"code":0,"message":"401: Unauthorized"}</c>. The service's list of specific codes is not public, so the
    /// emulator uses the generic form everywhere it cannot name a specific code.
    /// </summary>
    public static TatsuReply Generic(int status) =>
        Error(status, 0, string.Create(CultureInfo.InvariantCulture, $"{status}: {ReasonPhrases.GetReasonPhrase(status)}"));

    public static TatsuReply Error(int status, int code, string message) =>
        new(status, new JsonObject { ["code"] = code, ["message"] = message });

    public static TatsuReply BadRequest => Generic(StatusCodes.Status400BadRequest);

    public static TatsuReply Unauthorized => Generic(StatusCodes.Status401Unauthorized);

    public static TatsuReply Forbidden => Generic(StatusCodes.Status403Forbidden);

    public static TatsuReply NotFound => Generic(StatusCodes.Status404NotFound);

    public static TatsuReply TooManyRequests => Generic(StatusCodes.Status429TooManyRequests);

    public static TatsuReply UnknownGuildMember =>
        Error(StatusCodes.Status404NotFound, UnknownGuildMemberCode, "Unknown guild member");
}
