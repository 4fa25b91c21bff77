namespace Guildhall.Osu.Queries;

/// <summary>How <c>GET /users/{user}</c> reads the user given as text.</summary>
public enum UserLookupType
{
    /// <summary>Digits are an id, anything else a username (the API's own rule).</summary>
    Auto,

    /// <summary>The text is an id.</summary>
    Id,

    /// <summary>The text is a username, even when it is all digits (sent as <c>@name</c>).</summary>
    Username,
}
