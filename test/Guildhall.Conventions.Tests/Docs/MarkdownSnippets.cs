using System.Text.RegularExpressions;

namespace Guildhall.Conventions.Tests.Docs;

/// <summary>
/// Finds the C# blocks of the repository's documentation: <c>README.md</c>, every Markdown file under <c>docs/</c>,
/// and the READMEs under <c>src/</c> and <c>samples/</c>. A block that uses names it does not declare (a client made
/// earlier on the page, the reader's own services) says so in an HTML comment right above it, which Markdown does not
/// show:
/// <code>
/// &lt;!-- snippet context:
/// TopGgClient topgg = null!;
/// sealed class Rewards { public Task GrantAsync(ulong userId, int weight, CancellationToken ct) =&gt; Task.CompletedTask; }
/// --&gt;
/// </code>
/// Its statements run before the block and its types are declared beside it, in the scope of the block's own
/// <c>using</c> directives.
/// </summary>
public static partial class MarkdownSnippets
{
    private const string ContextStart = "<!-- snippet context:";

    /// <summary>Every C# block of the documentation, in file and line order.</summary>
    public static IReadOnlyList<MarkdownSnippet> All(string repositoryRoot)
    {
        var files = new[] { Path.Combine(repositoryRoot, "README.md") }
            .Concat(MarkdownUnder(repositoryRoot, "docs", recursive: true))
            .Concat(MarkdownUnder(repositoryRoot, "src", recursive: true).Where(IsReadme))
            .Concat(MarkdownUnder(repositoryRoot, "samples", recursive: true).Where(IsReadme))
            .Where(File.Exists)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. files.SelectMany(file => Read(Path.GetRelativePath(repositoryRoot, file).Replace('\\', '/'), File.ReadAllLines(file)))];
    }

    /// <summary>The C# blocks of one Markdown text.</summary>
    public static IEnumerable<MarkdownSnippet> Read(string name, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        for (var index = 0; index < lines.Count; index++)
        {
            if (!CSharpFence().IsMatch(lines[index]))
            {
                continue;
            }

            var context = ContextAbove(lines, index);
            var start = index + 1;
            var end = start;
            while (end < lines.Count && lines[end].Trim() != "```")
            {
                end++;
            }

            yield return new MarkdownSnippet(name, start + 1, string.Join('\n', lines.Skip(start).Take(end - start)), context);
            index = end;
        }
    }

    // The context comment that ends on the line right above the fence (blank lines between are allowed).
    private static string ContextAbove(IReadOnlyList<string> lines, int fence)
    {
        var last = fence - 1;
        while (last >= 0 && lines[last].Trim().Length == 0)
        {
            last--;
        }

        if (last < 0 || !lines[last].TrimEnd().EndsWith("-->", StringComparison.Ordinal))
        {
            return "";
        }

        var first = last;
        while (first >= 0 && !lines[first].TrimStart().StartsWith("<!--", StringComparison.Ordinal))
        {
            first--;
        }

        if (first < 0 || !lines[first].TrimStart().StartsWith(ContextStart, StringComparison.Ordinal))
        {
            return "";
        }

        var text = string.Join('\n', lines.Skip(first).Take(last - first + 1)).Trim();
        return text[ContextStart.Length..^"-->".Length].Trim();
    }

    private static IEnumerable<string> MarkdownUnder(string root, string folder, bool recursive)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.md", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            : [];
    }

    private static bool IsReadme(string file) => string.Equals(Path.GetFileName(file), "README.md", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*```\s*(csharp|cs|c#)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();
}
