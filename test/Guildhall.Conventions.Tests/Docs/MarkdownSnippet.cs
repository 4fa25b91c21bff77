namespace Guildhall.Conventions.Tests.Docs;

/// <summary>
/// One <c>```csharp</c> block of a Markdown file: where it is, its code, and the hidden context a fragment needs (the
/// C# of a <c>&lt;!-- snippet context: … --&gt;</c> comment right above the block; see <see cref="MarkdownSnippets"/>).
/// </summary>
/// <param name="File">The file, relative to the repository root, with forward slashes.</param>
/// <param name="Line">The line of the block's first line of code (1-based).</param>
/// <param name="Code">The code between the fences.</param>
/// <param name="Context">The C# of the context comment, or an empty string.</param>
public sealed record MarkdownSnippet(string File, int Line, string Code, string Context)
{
    /// <summary>Names the block as a reader finds it: <c>README.md:113</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}
