using System.Text;
using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Writes a score's replay in the <c>.osr</c> layout osu! uses: ruleset, game version, beatmap MD5, player, replay MD5,
/// the stable hit counts, score, combo, perfect flag, mod bits, life bar, time (.NET ticks), the LZMA-sized frame data
/// and the online score id. The sandbox has no frames to compress, so the frame block is a deterministic stand-in of
/// plausible size; everything a client reads from the header is the score's own.
/// </summary>
internal static class OsuReplayFile
{
    private const int GameVersion = 20260624;

    public static byte[] Write(OsuScore score, OsuUser player, OsuBeatmap beatmap)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        var counts = OsuScoreMath.LegacyCounts(score.RulesetId, score.Statistics);
        var frames = Frames(score);
        writer.Write((byte)score.RulesetId);
        writer.Write(GameVersion);
        WriteString(writer, beatmap.Checksum);
        WriteString(writer, player.Username);
        WriteString(writer, OsuDeterministic.Hex(32, score.Id, frames.Length));
        writer.Write((short)counts.Count300);
        writer.Write((short)counts.Count100);
        writer.Write((short)(counts.Count50 ?? 0));
        writer.Write((short)(counts.CountGeki ?? 0));
        writer.Write((short)(counts.CountKatu ?? 0));
        writer.Write((short)counts.CountMiss);
        writer.Write((int)Math.Min(int.MaxValue, score.LegacyTotalScore > 0 ? score.LegacyTotalScore : score.ClassicTotalScore));
        writer.Write((short)score.MaxCombo);
        writer.Write(score.LegacyPerfect ?? score.IsPerfectCombo ? (byte)1 : (byte)0);
        writer.Write((int)OsuMods.ToBitset(score.Mods.Select(m => m.Acronym)));
        WriteString(writer, "0|1,30000|1,");
        writer.Write(score.EndedAt.UtcTicks);
        writer.Write(frames.Length);
        writer.Write(frames);
        writer.Write(score.LegacyScoreId ?? score.Id);
        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>The magic bytes of an LZMA stream (properties, dictionary size) followed by bytes derived from the score.</summary>
    private static byte[] Frames(OsuScore score)
    {
        var frames = new byte[512 + (int)(OsuDeterministic.Hash(score.Id) % 1024)];
        frames[0] = 0x5D;
        frames[3] = 0x20;
        for (var i = 5; i < frames.Length; i++)
        {
            frames[i] = (byte)OsuDeterministic.Hash(score.Id, i);
        }

        return frames;
    }

    // osu!'s strings: 0x00 for none, else 0x0b, the UTF-8 length as ULEB128, the bytes.
    private static void WriteString(BinaryWriter writer, string value)
    {
        writer.Write((byte)0x0b);
        writer.Write7BitEncodedInt(Encoding.UTF8.GetByteCount(value));
        writer.Write(Encoding.UTF8.GetBytes(value));
    }
}
