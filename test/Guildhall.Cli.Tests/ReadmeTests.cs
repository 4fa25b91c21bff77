using Guildhall.Testing;

namespace Guildhall.Cli.Tests;

[Collection(SandboxGroup.Name)]
public sealed class ReadmeTests(SandboxFixture sandbox)
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(SharedReference.RepositoryRoot(), "README.md"));

    [Fact]
    public void Every_sandbox_credential_is_listed_in_the_readme()
    {
        Assert.NotEmpty(sandbox.Host.Credentials);
        Assert.All(sandbox.Host.Credentials, credential => Assert.Contains(credential.Value, Readme, StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_shows_the_two_commands()
    {
        Assert.Contains("dotnet run --project src/Guildhall.Cli -- tour", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test Guildhall.slnx", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test Guildhall.slnx", File.ReadAllText(Path.Combine(SharedReference.RepositoryRoot(), ".ci", "run")), StringComparison.Ordinal);
    }
}
