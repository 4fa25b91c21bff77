using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guildhall.Conventions.Tests.Docs;

/// <summary>
/// Compiles a documentation snippet with Roslyn as a reader's program would: top-level statements in a project with the
/// SDK's implicit usings, against the Guildhall packages, the .NET and ASP.NET Core shared frameworks and what the
/// packages bring (StackExchange.Redis, Microsoft.Data.Sqlite...), with the Discord libraries behind
/// <see cref="DiscordLibraryStubs"/>. Errors are reported at the Markdown file's own lines.
/// </summary>
public static partial class SnippetCompiler
{
    // What `<ImplicitUsings>enable</ImplicitUsings>` gives a new Microsoft.NET.Sdk project: a snippet names every other namespace.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => MetadataReference.CreateFromFile(path))]);

    /// <summary>The errors of <paramref name="snippet"/>, each as <c>README.md:120: CS0103 The name 'x' does not exist…</c>; empty when it compiles.</summary>
    public static IReadOnlyList<string> Errors(MarkdownSnippet snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [
                CSharpSyntaxTree.ParseText(ImplicitUsings, Parse, path: "implicit-usings.cs"),
                CSharpSyntaxTree.ParseText(DiscordLibraryStubs.Source, Parse, path: "discord-stubs.cs"),
                CSharpSyntaxTree.ParseText(Program(snippet), Parse, path: "snippet.cs", encoding: Encoding.UTF8),
            ],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        return [.. compilation.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic => Describe(snippet, diagnostic))];
    }

    // The snippet as a program: its usings, the context's statements, its own code, the context's types.
    private static string Program(MarkdownSnippet snippet)
    {
        var lines = snippet.Code.Split('\n');
        var usings = lines.TakeWhile(line => line.Trim().Length == 0 || line.TrimStart().StartsWith("//", StringComparison.Ordinal) || UsingDirective().IsMatch(line)).Count();
        var context = CSharpSyntaxTree.ParseText(snippet.Context, Parse).GetCompilationUnitRoot();
        var statements = context.Members.OfType<GlobalStatementSyntax>().Select(member => member.ToFullString());
        var types = context.Members.Where(member => member is not GlobalStatementSyntax).Select(member => member.ToFullString());
        var file = snippet.File;

        var program = new StringBuilder();
        program.AppendLine($"#line {snippet.Line} \"{file}\"");
        foreach (var line in lines.Take(usings))
        {
            program.AppendLine(line);
        }

        program.AppendLine("#line hidden");
        foreach (var using_ in context.Usings)
        {
            program.AppendLine(using_.ToFullString());
        }

        program.AppendJoin('\n', statements).AppendLine();
        program.AppendLine("await System.Threading.Tasks.Task.CompletedTask;");
        program.AppendLine($"#line {snippet.Line + usings} \"{file}\"");
        foreach (var line in lines.Skip(usings))
        {
            program.AppendLine(line);
        }

        program.AppendLine("#line hidden");
        program.AppendJoin('\n', types).AppendLine();
        return program.ToString();
    }

    private static string Describe(MarkdownSnippet snippet, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var where = span.Path == snippet.File ? $"{snippet.File}:{span.StartLinePosition.Line + 1}" : $"{snippet} (its context or a stub)";
        return $"{where}: {diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    [GeneratedRegex(@"^\s*using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>, ]+)?\s*;\s*(//.*)?$")]
    private static partial Regex UsingDirective();
}
