using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests;

/// <summary>
/// Process-wide policy belongs to the program: the libraries never start a no-GC region or change the collector's
/// settings (eco does, in src/EcoAssessment.Cli/CollectionPause.cs), so a library caller gets ordinary collections.
/// </summary>
public class ProcessPolicyTests
{
    [TestCase("src/EcoAssessment")]
    [TestCase("src/EcoAssessment.IO")]
    public void TheLibrariesSetNoGarbageCollectionPolicy(string project)
    {
        var offending = Directory.EnumerateFiles(Path.Combine(Repo.Root, project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text
                && (text.Contains("TryStartNoGCRegion", StringComparison.Ordinal) || text.Contains("GCSettings", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(Repo.Root, f))
            .ToArray();
        Assert.That(offending, Is.Empty);
    }
}
