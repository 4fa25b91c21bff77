using System.Text;

namespace Guildhall.WireGenerator;

/// <summary>Member names on the wire, as System.Text.Json's naming policies spell them.</summary>
internal static class Naming
{
    /// <summary>The <c>JsonKnownNamingPolicy</c> value of lower snake case.</summary>
    public const int SnakeCaseLower = 2;

    /// <summary>The <c>JsonKnownNamingPolicy</c> value of camel case.</summary>
    public const int CamelCase = 1;

    /// <summary>The wire name of a member under <paramref name="policy"/>.</summary>
    public static string Apply(string name, int policy) => policy switch
    {
        SnakeCaseLower => SnakeCase(name),
        CamelCase => char.ToLowerInvariant(name[0]) + name.Substring(1),
        _ => name,
    };

    // The word breaks of System.Text.Json's separator policy: before an upper-case letter that follows a lower-case letter
    // or digit, and before the last upper-case letter of a run that a lower-case letter follows.
    private static string SnakeCase(string name)
    {
        var result = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var current = name[i];
            if (char.IsUpper(current) && i > 0)
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    result.Append('_');
                }
            }

            result.Append(char.ToLowerInvariant(current));
        }

        return result.ToString();
    }
}
