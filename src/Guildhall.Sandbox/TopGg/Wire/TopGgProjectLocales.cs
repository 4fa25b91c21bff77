using System.Collections.Frozen;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>The locales Top.gg accepts for a project's headline and page content.</summary>
internal static class TopGgProjectLocales
{
    public static readonly FrozenSet<string> All = FrozenSet.ToFrozenSet(
        ["en", "de", "fr", "pt", "tr", "hi", "ja", "ar", "nl", "ko", "it", "es", "ru", "uk", "vi", "zh"],
        StringComparer.Ordinal);
}
