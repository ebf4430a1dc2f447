using EcoAssessment.Catalogue;
using EcoAssessment.IO.RuleTests;
using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.RuleTests;

/// <summary>Every rule test case under scoring-rules/tests runs in the NUnit suite too, one NUnit test per case.</summary>
public class ShippedRuleTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var file in RuleTestRunner.FindFiles([Path.Combine(Repo.Root, "scoring-rules", "tests")]))
        {
            foreach (var r in RuleTestRunner.RunFile(file))
            {
                yield return new TestCaseData(r).SetName($"RuleTest({Path.GetFileNameWithoutExtension(file)}: {r.Case})");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Passes(object testResult) // object: RuleTestResult is internal to the IO library
    {
        var result = (RuleTestResult)testResult;
        Assert.That(result.Passed, Is.True, string.Join("\n", result.Failures));
    }

    [Test]
    public void TheDefaultCasesCoverEveryVeto()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "scoring-rules", "tests", "default.yaml"));
        foreach (var veto in IO.Yaml.RuleSetReader.ReadDefault().Rules.Rating.Vetoes)
        {
            Assert.That(text, Does.Contain($"vetoes: [{veto.Id}]").Or.Contain($"fired: [{veto.Id}]"), veto.Id);
        }
    }

    [Test]
    public void ACaseFailsWhenTheRuleChanges()
    {
        var dir = Directory.CreateTempSubdirectory("eco-ruletest-").FullName;
        try
        {
            var rules = File.ReadAllText(Path.Combine(Repo.Root, "scoring-rules", "default.yaml"))
                .Replace("when: { fact: secretary_vacant_days, above: 90 }", "when: { fact: secretary_vacant_days, above: 180 }", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(dir, "default.yaml"), rules);
            Directory.CreateDirectory(Path.Combine(dir, "tests"));
            var tests = Path.Combine(dir, "tests", "default.yaml");
            File.Copy(Path.Combine(Repo.Root, "scoring-rules", "tests", "default.yaml"), tests);
            var results = RuleTestRunner.RunFile(tests);
            var vacancy = results.Single(r => r.Case == "书记空缺超过90天一票否决定为落后");
            Assert.That(vacancy.Passed, Is.False);
            Assert.That(vacancy.Failures, Has.Some.Contains("评级为先锋，预期为落后"));
            var english = RuleTestRunner.RunFile(tests, Language.En).Single(r => r.Case == vacancy.Case);
            Assert.That(english.Failures, Has.Some.Contains("rating 先锋, expected 落后"));
            Assert.That(results.Count(r => !r.Passed), Is.EqualTo(1), "only the case about the changed rule fails");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void AnUnusableTestFileIsOneFailureThatSaysWhy()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eco-bad-test-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "cases: []\n");
        try
        {
            var r = RuleTestRunner.RunFile(file).Single();
            Assert.That(r.Passed, Is.False);
            Assert.That(r.Failures.Single(), Does.Contain("ECO0121").And.Contain("rules:"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
