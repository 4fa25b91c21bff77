namespace Guildhall.Redis;

/// <summary>
/// The Lua scripts, read once from the assembly's resources. The rate-limit store's are each opened by <c>clock.lua</c>
/// (the store's time and the translation of the caller's absolute times). StackExchange.Redis sends them by hash after
/// first use.
/// </summary>
internal static class RedisScripts
{
    private static readonly string Clock = Load("clock.lua");

    public static readonly string Acquire = Clock + Load("acquire.lua");
    public static readonly string Complete = Clock + Load("complete.lua");
    public static readonly string Snapshot = Clock + Load("snapshot.lua");
    public static readonly string Block = Clock + Load("block.lua");

    public static readonly string TokenReplace = Load("token-replace.lua");
    public static readonly string RefreshLease = Load("refresh-lease.lua");
    public static readonly string RefreshPublish = Load("refresh-publish.lua");
    public static readonly string RefreshRelease = Load("refresh-release.lua");

    private static string Load(string name)
    {
        using var stream = typeof(RedisScripts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The script {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
