using Guildhall.Testing;

namespace Guildhall.Conventions.Tests.Docs;

/// <summary>
/// Every C# block of the README, of <c>docs/</c> and of the component READMEs compiles against the libraries as they
/// are, so a snippet cannot rot: a renamed member, a missing <c>using</c> or a wrong type fails here, naming the block
/// and the line. Fragments declare what they use in a hidden context comment (<see cref="MarkdownSnippets"/>).
/// </summary>
public sealed class DocumentationSnippetTests
{
    private static readonly IReadOnlyList<MarkdownSnippet> Snippets = MarkdownSnippets.All(SharedReference.RepositoryRoot());

    public static TheoryData<string> Blocks() => [.. Snippets.Select(snippet => snippet.ToString())];

    [Fact]
    public void The_documentation_has_csharp_blocks_to_check()
    {
        Assert.Contains(Snippets, snippet => snippet.File == "README.md");
        Assert.True(Snippets.Count >= 12, $"Found only {Snippets.Count} C# blocks.");
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void A_csharp_block_compiles(string block)
    {
        var snippet = Snippets.Single(candidate => candidate.ToString() == block);

        var errors = SnippetCompiler.Errors(snippet);

        Assert.True(errors.Count == 0, $"The C# block at {block} does not compile:\n" + string.Join('\n', errors));
    }

    [Fact]
    public void A_block_that_does_not_compile_is_reported_at_its_own_line()
    {
        var markdown = new[] { "# Title", "", "```csharp", "using Guildhall.TopGg;", "", "var client = new TopGgClient(token);", "client.NoSuchMethod();", "```" };
        var snippet = Assert.Single(MarkdownSnippets.Read("example.md", markdown));

        var errors = SnippetCompiler.Errors(snippet);

        Assert.Contains(errors, error => error.StartsWith("example.md:6: CS0103", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.StartsWith("example.md:7: CS1061", StringComparison.Ordinal));
    }

    [Fact]
    public void A_context_comment_declares_what_a_fragment_uses()
    {
        var markdown = new[] { "<!-- snippet context:", "string token = \"t\";", "sealed class Rewards { public int Count; }", "-->", "```csharp", "using Guildhall.TopGg;", "", "await using var client = new TopGgClient(token);", "var rewards = new Rewards { Count = 1 };", "```" };
        var snippet = Assert.Single(MarkdownSnippets.Read("example.md", markdown));

        var errors = SnippetCompiler.Errors(snippet);

        Assert.Empty(errors);
        Assert.Contains("string token", snippet.Context, StringComparison.Ordinal);
    }
}
