using System.Xml.Linq;
using Guildhall.Testing;

namespace Guildhall.Conventions.Tests.Packages;

/// <summary>
/// A bot that only calls the APIs or shares state in Redis must not be made to carry ASP.NET Core: the shared framework
/// comes only with the packages that host a web server.
/// </summary>
public sealed class FrameworkReferenceTests
{
    private const string AspNetCore = "Microsoft.AspNetCore.App";

    /// <summary>The projects in src/ that run a web server (the sandbox emulates the APIs on Kestrel; the CLI hosts it).</summary>
    private static readonly string[] Hosting = ["Guildhall.Sandbox", "Guildhall.Sandbox.Testing", "Guildhall.Cli"];

    [Fact]
    public void Only_receivers_and_the_sandbox_bring_the_ASP_NET_Core_framework_with_them()
    {
        var projects = SourceProjects();
        var withFramework = projects.Keys
            .Where(name => BringsAspNetCore(name, projects, []))
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = projects.Keys
            .Where(name => name.EndsWith(".AspNetCore", StringComparison.Ordinal) || Hosting.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("Guildhall.Redis.AspNetCore", withFramework);
        Assert.Equal(expected, withFramework);
    }

    private static bool BringsAspNetCore(string name, IReadOnlyDictionary<string, XDocument> projects, HashSet<string> seen)
    {
        if (!seen.Add(name) || !projects.TryGetValue(name, out var project))
        {
            return false;
        }

        var items = project.Descendants();
        return items.Any(item => item.Name.LocalName == "FrameworkReference" && (string?)item.Attribute("Include") == AspNetCore)
            || items.Where(item => item.Name.LocalName == "ProjectReference")
                .Select(item => Path.GetFileNameWithoutExtension(((string?)item.Attribute("Include") ?? "").Replace('\\', '/')))
                .Any(reference => BringsAspNetCore(reference, projects, seen));
    }

    private static Dictionary<string, XDocument> SourceProjects() =>
        Directory.EnumerateFiles(Path.Combine(SharedReference.RepositoryRoot(), "src"), "*.csproj", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => XDocument.Load(path), StringComparer.Ordinal);
}
