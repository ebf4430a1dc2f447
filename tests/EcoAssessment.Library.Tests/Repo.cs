namespace EcoAssessment.Library.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "EcoAssessment.sln")))
        {
            dir = dir.Parent ?? throw new InvalidOperationException("EcoAssessment.sln not found above " + AppContext.BaseDirectory);
        }

        return dir.FullName;
    }
}
