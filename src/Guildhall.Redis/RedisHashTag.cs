namespace Guildhall.Redis;

/// <summary>Redis Cluster's hash tags: the part of a key that decides its hash slot.</summary>
internal static class RedisHashTag
{
    /// <summary>
    /// The key's hash tag as Redis Cluster reads it: the text between the first <c>{</c> and the first <c>}</c> after it,
    /// when not empty; otherwise <see langword="null"/> (the whole key is hashed).
    /// </summary>
    public static string? Of(string key)
    {
        var open = key.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        var close = key.IndexOf('}', open + 1);
        return close > open + 1 ? key[(open + 1)..close] : null;
    }

    /// <summary>Refuses keys that Redis Cluster would put in different hash slots, before a script fails with CROSSSLOT.</summary>
    /// <param name="keys">The keys of one script.</param>
    /// <param name="paramName">The caller's argument the keys come from, for the exception.</param>
    /// <exception cref="ArgumentException">The keys do not share one hash tag.</exception>
    public static void EnsureOneSlot(IReadOnlyList<string> keys, string paramName)
    {
        var tag = Of(keys[0]) ?? keys[0];
        for (var i = 1; i < keys.Count; i++)
        {
            if ((Of(keys[i]) ?? keys[i]) != tag)
            {
                throw new ArgumentException(
                    $"The buckets of one acquisition must share a hash tag, the part of the key in braces, so that a Redis Cluster keeps them in one hash slot: '{keys[0]}' and '{keys[i]}' do not. "
                    + "Build the keys with RateLimitPartition.BucketKey, which puts the credential's partition in braces.",
                    paramName);
            }
        }
    }
}
