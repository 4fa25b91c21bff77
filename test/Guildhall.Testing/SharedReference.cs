namespace Guildhall.Testing;

/// <summary>
/// Reads the shared reference material that tests compare with but the repository does not hold (recorded real API
/// responses whose licence keeps them out of the product). The material lives in a <c>shared</c> folder beside the
/// repository clone: <c>&lt;root&gt;/../shared</c>, where the root is the nearest ancestor of the test assembly's
/// directory holding <c>Guildhall.slnx</c>. CI places a copy of it exactly there; <see cref="LocationVariable"/>
/// points elsewhere when a checkout is laid out differently. Tests that need it are marked
/// <see cref="RecordingsFactAttribute"/> or <see cref="RecordingsTheoryAttribute"/>: skipped, with the reason, where the
/// folder is missing, and required where <see cref="CiVariable"/> is <c>true</c>.
/// </summary>
public static class SharedReference
{
    /// <summary>The environment variable that, when set, names the shared folder instead of <c>&lt;root&gt;/../shared</c>.</summary>
    public const string LocationVariable = "GUILDHALL_SHARED_DIR";

    /// <summary>The environment variable CI sets to <c>true</c>; there a missing folder fails the tests that need it.</summary>
    public const string CiVariable = "CI";

    private static readonly Lazy<string> SharedDirectory = new(Locate);

    /// <summary>The folder of the recorded real osu! API v2 responses (<c>shared/reference/osu-responses</c>).</summary>
    public static string OsuResponsesDirectory => Path.Combine(SharedDirectory.Value, "reference", "osu-responses");

    /// <summary>Whether this run must have the recordings: CI says so with <c>CI=true</c>.</summary>
    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable(CiVariable), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Why the recordings cannot be read here (the folder that was looked for and how to provide it), or
    /// <see langword="null"/> when they can.
    /// </summary>
    public static string? MissingReason
    {
        get
        {
            string shared;
            try
            {
                shared = CandidateDirectory();
            }
            catch (DirectoryNotFoundException error)
            {
                return error.Message;
            }

            var responses = Path.Combine(shared, "reference", "osu-responses");
            return Directory.Exists(responses)
                ? null
                : $"The shared reference folder was not found: {responses} does not exist. "
                    + "Tests read the recorded API responses from a copy of shared/ beside the repository clone (as CI places it); "
                    + $"put one there or set {LocationVariable} to the folder that holds reference/.";
        }
    }

    /// <summary>The text of one recorded osu! response, e.g. <c>OsuResponse("get_user_200.json")</c>.</summary>
    public static string OsuResponse(string fileName) => File.ReadAllText(OsuResponsePath(fileName));

    /// <summary>The full path of one recorded osu! response; fails clearly when the file is not there.</summary>
    public static string OsuResponsePath(string fileName)
    {
        var path = Path.Combine(OsuResponsesDirectory, fileName);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The recorded osu! response {fileName} is not in {OsuResponsesDirectory}.", path);
    }

    /// <summary>The file names (with <c>.json</c>) of every recorded osu! response, in ordinal order.</summary>
    public static IReadOnlyList<string> OsuResponseNames() =>
        [.. Directory.EnumerateFiles(OsuResponsesDirectory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>The repository's root: the nearest ancestor of the test assembly's folder that holds Guildhall.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Guildhall.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No ancestor of {AppContext.BaseDirectory} holds Guildhall.slnx, so the shared reference folder beside the repository cannot be found; "
            + $"set {LocationVariable} to the folder that holds reference/.");
    }

    private static string Locate() =>
        MissingReason is { } reason ? throw new DirectoryNotFoundException(reason) : CandidateDirectory();

    private static string CandidateDirectory()
    {
        var configured = Environment.GetEnvironmentVariable(LocationVariable);
        return string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared"))
            : Path.GetFullPath(configured);
    }
}
