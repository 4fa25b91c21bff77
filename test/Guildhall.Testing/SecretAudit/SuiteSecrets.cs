using System.Reflection;
using System.Text.RegularExpressions;

namespace Guildhall.Testing.SecretAudit;

/// <summary>
/// The secrets a test run knows about: every credential constant of the sandbox (<c>…SandboxCredentials</c>: tokens,
/// keys, client secrets) and every string constant of the test assemblies whose name says it is a secret (a webhook
/// secret, an <c>Authorization</c> value, a refresh token...). Only constants are read, so no test type's static
/// initializer runs; values shorter than <see cref="SecretMatcher.FragmentLength"/>, with spaces, or shaped like a
/// path or a URL are not secrets worth matching (they would match ordinary text).
/// </summary>
public static partial class SuiteSecrets
{
    /// <summary>The secrets configured in <paramref name="assemblies"/> and in the sandbox.</summary>
    public static IReadOnlyList<AuditedSecret> Discover(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var sandbox = typeof(Guildhall.Sandbox.Osu.OsuSandboxCredentials).Assembly;
        var fromSandbox = Constants(sandbox).Where(constant => constant.Type.Name.EndsWith("SandboxCredentials", StringComparison.Ordinal) && !IsIdentity(constant.Field.Name));
        var fromTests = assemblies.Distinct().Where(assembly => assembly != sandbox).SelectMany(Constants).Where(constant => SecretName().IsMatch(constant.Field.Name));
        return
        [
            .. fromSandbox.Concat(fromTests)
                .Where(constant => LooksLikeASecret(constant.Value))
                .Select(constant => new AuditedSecret($"{constant.Type.Name}.{constant.Field.Name}", constant.Value))
                .DistinctBy(secret => secret.Value),
        ];
    }

    private static bool LooksLikeASecret(string value) =>
        value.Length >= SecretMatcher.FragmentLength && !value.Any(char.IsWhiteSpace) && !value.StartsWith('/') && !value.Contains("://", StringComparison.Ordinal);

    private static bool IsIdentity(string name) => name.Contains("Username", StringComparison.Ordinal) || name.Contains("Uri", StringComparison.Ordinal);

    private static IEnumerable<(Type Type, FieldInfo Field, string Value)> Constants(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            types = [.. partial.Types.OfType<Type>()];
        }

        return types
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                .Select(field => (type, field, (string)field.GetRawConstantValue()!)));
    }

    [GeneratedRegex("secret|token|apikey|api_key|password|authorization|refresh|(?<![a-z])key$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
