namespace Guildhall.Tatsu;

/// <summary>
/// Tatsu's error codes, as they appear in <see cref="Guildhall.Core.Errors.GuildhallApiException.ErrorCode"/>. Tatsu
/// does not publish the whole list; the ones below are documented by its change log.
/// </summary>
public static class TatsuErrorCodes
{
    /// <summary>A generic error: the message is the status, for example <c>"403: Forbidden"</c>.</summary>
    public const string Generic = "0";

    /// <summary>The user is not a member of the guild (HTTP 404).</summary>
    public const string UnknownGuildMember = "1003";
}
