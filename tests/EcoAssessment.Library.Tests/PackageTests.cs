using System.IO.Compression;
using System.Xml.Linq;
using NUnit.Framework;

namespace EcoAssessment.Library.Tests;

/// <summary>
/// <c>dotnet pack</c> makes the EcoAssessment and EcoAssessment.IO library packages and the eco tool package, each with
/// its README, the MIT licence, the repository commit and a symbol package; the version is the one in
/// Directory.Build.props. Packs into a temporary folder with its own build output (--artifacts-path), so the
/// checkout's bin and obj folders are not touched.
/// </summary>
[NonParallelizable]
public sealed class PackageTests
{
    private static readonly string[] Packages = ["EcoAssessment", "EcoAssessment.IO", "EcoAssessment.Cli"];

    private DirectoryInfo _temp = null!;

    private string Output => Path.Combine(_temp.FullName, "packages");

    [OneTimeSetUp]
    public void Pack()
    {
        _temp = Directory.CreateTempSubdirectory("eco-pack-");
        foreach (var project in Packages)
        {
            var result = DotnetProcess.Run(Repo.Root, TimeSpan.FromMinutes(5), "pack", Repo.PathOf("src", project), "-c", "Release",
                "-o", Output, "--artifacts-path", Path.Combine(_temp.FullName, "artifacts"), "-nologo");
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
        }
    }

    [OneTimeTearDown]
    public void Clean() => _temp.Delete(true);

    private static string Version =>
        XDocument.Load(Repo.PathOf("Directory.Build.props")).Descendants("Version").Single().Value;

    private XElement Nuspec(string id, out ZipArchive package)
    {
        package = ZipFile.OpenRead(Path.Combine(Output, $"{id}.{Version}.nupkg"));
        using var stream = package.GetEntry(id + ".nuspec")!.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Field(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    [Test]
    public void PackMakesTheThreePackagesAndTheirSymbolsAndNothingElse()
    {
        var expected = Packages.SelectMany(p => new[] { $"{p}.{Version}.nupkg", $"{p}.{Version}.snupkg" });
        Assert.That(Directory.EnumerateFiles(Output).Select(Path.GetFileName), Is.EquivalentTo(expected));
    }

    [TestCase("EcoAssessment")]
    [TestCase("EcoAssessment.IO")]
    [TestCase("EcoAssessment.Cli")]
    public void EachPackageHasItsReadmeLicenceVersionAndCommit(string id)
    {
        var metadata = Nuspec(id, out var package);
        using (package)
        {
            Assert.That(Field(metadata, "version"), Is.EqualTo(Version));
            Assert.That(Field(metadata, "license"), Is.EqualTo("MIT"));
            Assert.That(Field(metadata, "readme"), Is.EqualTo("README.md"));
            var names = package.Entries.Select(e => e.FullName).ToArray();
            Assert.That(names, Does.Contain("README.md").And.Contain("LICENSE"));
            using var readme = new StreamReader(package.GetEntry("README.md")!.Open());
            Assert.That(readme.ReadToEnd(), Does.StartWith("# "));
            var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
            Assert.That(repository.Attribute("commit")?.Value, Does.Match("^[0-9a-f]{40}$"), "source link records the commit");
        }

        using var symbols = ZipFile.OpenRead(Path.Combine(Output, $"{id}.{Version}.snupkg"));
        Assert.That(symbols.Entries.Select(e => e.Name), Does.Contain((id == "EcoAssessment.Cli" ? "eco" : id) + ".pdb"));
    }

    [Test]
    public void TheLibrariesShipTheirDocsAndTheIoPackageDependsOnTheSameCoreVersion()
    {
        foreach (var id in new[] { "EcoAssessment", "EcoAssessment.IO" })
        {
            var metadata = Nuspec(id, out var package);
            using (package)
            {
                Assert.That(package.Entries.Select(e => e.FullName), Does.Contain($"lib/net10.0/{id}.dll").And.Contain($"lib/net10.0/{id}.xml"));
                if (id == "EcoAssessment.IO")
                {
                    var core = metadata.Descendants().Single(e => e.Name.LocalName == "dependency" && e.Attribute("id")?.Value == "EcoAssessment");
                    Assert.That(core.Attribute("version")?.Value, Is.EqualTo($"[{Version}]"), "exactly the same core: the two share internals");
                }
            }
        }
    }

    [Test]
    public void TheCliPackageIsTheEcoTool()
    {
        var metadata = Nuspec("EcoAssessment.Cli", out var package);
        using (package)
        {
            Assert.That(metadata.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => e.Attribute("name")?.Value), Does.Contain("DotnetTool"));
            using var settings = package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
            var command = XDocument.Load(settings).Descendants("Command").Single();
            Assert.That(command.Attribute("Name")?.Value, Is.EqualTo("eco"));
        }
    }
}
