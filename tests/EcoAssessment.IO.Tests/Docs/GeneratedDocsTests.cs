using EcoAssessment.IO.Docs;
using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Docs;

/// <summary>
/// docs/inputs.md and docs/errors.md are approved files rendered from the code catalogues. When they differ the test
/// fails; run the tests with ECO_APPROVE=1 to rewrite them, then review the diff.
/// </summary>
public class GeneratedDocsTests
{
    [TestCase("inputs.md")]
    [TestCase("errors.md")]
    public void DocMatchesCatalogue(string name)
    {
        var rendered = name == "inputs.md" ? InputContractDocument.Render() : ErrorCatalogueDocument.Render();
        var path = Path.Combine(Repo.Root, "docs", name);
        if (Environment.GetEnvironmentVariable("ECO_APPROVE") == "1")
        {
            File.WriteAllText(path, rendered);
        }

        Assert.That(File.Exists(path), Is.True, $"docs/{name} is missing; run the tests with ECO_APPROVE=1");
        Assert.That(File.ReadAllText(path), Is.EqualTo(rendered), $"docs/{name} differs from the catalogue; run the tests with ECO_APPROVE=1 and review the diff");
    }
}
