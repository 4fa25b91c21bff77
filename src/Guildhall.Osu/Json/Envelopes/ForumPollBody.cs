namespace Guildhall.Osu.Json.Envelopes;

/// <summary>
/// A new topic's poll in the server's field format: the options as one newline-separated string and
/// <c>max_options</c> (the Python library sends <c>poll_options[]</c> and <c>max_votes</c>, which the server does not read).
/// </summary>
internal sealed record ForumPollBody(string Title, string Options, int? LengthDays, int MaxOptions, bool VoteChange, bool HideResults);
