namespace Guildhall.Redis;

/// <summary>The Lua scripts, read once from the assembly's resources. StackExchange.Redis sends them by hash after first use.</summary>
internal static class RedisScripts
{
    public static readonly string Acquire = Load("acquire.lua");
    public static readonly string Snapshot = Load("snapshot.lua");
    public static readonly string Block = Load("block.lua");
    public static readonly string Server = Load("server.lua");

    private static string Load(string name)
    {
        using var stream = typeof(RedisScripts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The script {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
