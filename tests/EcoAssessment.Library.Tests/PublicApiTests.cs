using NUnit.Framework;
using System.Reflection;
using PublicApiGenerator;

namespace EcoAssessment.Library.Tests;

/// <summary>
/// The public surface of each library is kept as an approved text file in api/. A change to the surface fails here until
/// the file is updated: the failure writes the new surface next to it as <c>*.received.txt</c>; review the difference,
/// then move it over the approved file (or run with ECO_APPROVE_API=1 to write it in place) and commit it.
/// </summary>
public sealed class PublicApiTests
{
    private static IEnumerable<TestCaseData> Libraries()
    {
        yield return new TestCaseData(typeof(Pipeline.Plan).Assembly).SetArgDisplayNames("EcoAssessment");
        yield return new TestCaseData(typeof(Scorecard).Assembly).SetArgDisplayNames("EcoAssessment.IO");
    }

    [TestCaseSource(nameof(Libraries))]
    public void ThePublicApiIsTheApprovedOne(Assembly assembly)
    {
        var name = assembly.GetName().Name!;
        var approvedPath = Repo.PathOf("api", name + ".approved.txt");
        var receivedPath = Repo.PathOf("api", name + ".received.txt");
        var actual = Generate(assembly);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (actual == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("ECO_APPROVE_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
            Assert.Inconclusive($"{approvedPath} was rewritten (ECO_APPROVE_API=1); review and commit it");
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail($"the public API of {name} differs from {approvedPath}. The new surface is in {receivedPath}: " +
            "review the difference, then move it over the approved file and commit it (or run with ECO_APPROVE_API=1).");
    }

    [TestCaseSource(nameof(Libraries))]
    public void EveryPublicTypeIsDocumented(Assembly assembly)
    {
        // CS1591 is an error in the libraries; this checks that the documentation file ships next to the assembly.
        var xml = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.That(File.Exists(xml), Is.True, xml);
        var text = File.ReadAllText(xml);
        var undocumented = assembly.GetExportedTypes()
            .Where(t => !text.Contains($"<member name=\"T:{t.FullName!.Replace('+', '.')}\">", StringComparison.Ordinal))
            .Select(t => t.FullName).ToArray();
        Assert.That(undocumented, Is.Empty);
    }

    internal static string Generate(Assembly assembly) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The target framework and version attributes change with the SDK and the version number, not with the API.
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        }).Replace("\r\n", "\n", StringComparison.Ordinal);
}
