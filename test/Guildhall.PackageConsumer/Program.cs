// What a bot author does first with the packages: start the sandbox in this process, post a guild count through the
// Top.gg client, read it back, and round-trip a model of their own through the wire-model generator that ships in
// Guildhall.Core. Exits non-zero, with the reason, when any of that does not hold.
using System.Text.Json;
using Guildhall.PackageConsumer;
using Guildhall.Sandbox.Testing;

await using var sandbox = await GuildhallSandbox.StartInMemoryAsync();
await sandbox.TopGg.Bots.PostStatsAsync(1234);
var posted = await sandbox.GetTopGgPostedStatsAsync();
if (posted.Count != 1 || (long)posted[0]["server_count"]! != 1234)
{
    Console.Error.WriteLine($"expected one posted count of 1234, the sandbox saw: {JsonSerializer.Serialize(posted)}");
    return 1;
}

const string Sent = """{"text":"gg","pinned_by":"172002275412279300"}""";
var note = JsonSerializer.Deserialize<GuildNote>(Sent)!;
var written = JsonSerializer.Serialize(note);
if (note.Text != "gg" || written != Sent)
{
    Console.Error.WriteLine($"the generated reader and writer lost data: read '{note.Text}', wrote {written}");
    return 1;
}

Console.WriteLine("packages ok: posted 1234 to the sandbox's Top.gg and round-tripped a generated wire model");
return 0;
