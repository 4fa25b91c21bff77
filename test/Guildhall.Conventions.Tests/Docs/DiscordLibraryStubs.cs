namespace Guildhall.Conventions.Tests.Docs;

/// <summary>
/// The few members of Discord.Net and DSharpPlus the documentation's snippets call, with those libraries' names and
/// shapes, so the snippets compile without the libraries (Guildhall does not depend on any Discord library). A snippet
/// that calls a member missing here calls one the real library may not have either: check it there before adding it.
/// </summary>
public static class DiscordLibraryStubs
{
    /// <summary>The C# of the stubs, compiled beside each snippet.</summary>
    public const string Source = """
        namespace Discord
        {
            public enum ConnectionState { Disconnected, Connecting, Connected, Disconnecting }
        }

        namespace Discord.WebSocket
        {
            public class SocketGuild
            {
                public ulong Id { get; }
            }

            public class DiscordSocketClient
            {
                public event System.Func<System.Threading.Tasks.Task>? Ready;
                public int ShardId { get; }
                public Discord.ConnectionState ConnectionState { get; }
                public System.Collections.Generic.IReadOnlyCollection<SocketGuild> Guilds { get; } = [];
            }

            public class DiscordShardedClient
            {
                public event System.Func<DiscordSocketClient, System.Threading.Tasks.Task>? ShardReady;
                public System.Collections.Generic.IReadOnlyCollection<DiscordSocketClient> Shards { get; } = [];
                public System.Collections.Generic.IReadOnlyCollection<SocketGuild> Guilds { get; } = [];
            }
        }

        namespace DSharpPlus.Entities
        {
            public class DiscordGuild
            {
                public ulong Id { get; }
            }
        }

        namespace DSharpPlus
        {
            public class DiscordClient
            {
                public System.Collections.Generic.IReadOnlyDictionary<ulong, DSharpPlus.Entities.DiscordGuild> Guilds { get; } =
                    new System.Collections.Generic.Dictionary<ulong, DSharpPlus.Entities.DiscordGuild>();
            }

            public class DiscordShardedClient
            {
                public System.Collections.Generic.IReadOnlyDictionary<int, DiscordClient> ShardClients { get; } =
                    new System.Collections.Generic.Dictionary<int, DiscordClient>();
            }
        }
        """;
}
