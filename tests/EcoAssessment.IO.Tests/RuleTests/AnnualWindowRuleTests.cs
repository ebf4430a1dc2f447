using EcoAssessment.IO.RuleTests;
using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.RuleTests;

/// <summary>
/// Rule tests of the rolling 12-month window: the quarterly rule set with <c>window: rolling_12_months</c> in place of
/// year_to_date, run by the rule-test runner over the model branch of scoring-rules/tests/quarterly.yaml. A rolling
/// window reaches into the year before (the records of those months are kept while reading) and has no 未到期: what was
/// not held in the 12 months is not held.
/// </summary>
public class AnnualWindowRuleTests
{
    private const string RollingCases = """
        cases:
          - name: 上年6月的组织生活会在滚动12个月内计入
            period: 2024Q1
            data:
              copy: { T: [B1] }
              branches: [ { branch_id: B1, name: 一支部, unit: 机关, has_committee: 否 } ]
              meetings:
                - { branch_id: B1, type: org_life_review, date: 2023-06-10 }
                - { branch_id: B1, type: member_review, date: 2023-06-10 }
                - { branch_id: B1, type: talk, date: 2023-09-01 }
            expect:
              B1: { rating: 先锋, score: 100, vetoes: [] }

          - name: 上年2月的组织生活会已出滚动12个月一票否决
            period: 2024Q1
            data:
              copy: { T: [B1] }
              branches: [ { branch_id: B1, name: 一支部, unit: 机关, has_committee: 否 } ]
              meetings:
                - { branch_id: B1, type: org_life_review, date: 2023-02-10 }
                - { branch_id: B1, type: member_review, date: 2023-06-10 }
                - { branch_id: B1, type: talk, date: 2023-09-01 }
            expect:
              B1: { rating: 落后, vetoes: [no_org_life] }

          - name: 滚动12个月内未开的年度事项计0
            period: 2024Q2
            data:
              copy: { T: [B1] }
              branches: [ { branch_id: B1, name: 一支部, unit: 机关, has_committee: 否 } ]
              meetings:
                - { branch_id: B1, type: org_life_review, date: 2023-07-10 }
                - { branch_id: B1, type: member_review, date: 2023-06-10 }
            expect:
              # A4: 组织生活会 held (2023-07-01..2024-06-30), 民主评议 not (June 2023), 谈心谈话 not: 1/3 → 3.33 of 5 points lost.
              B1: { score: 96.67, vetoes: [] }
        """;

    [Test]
    public void ARollingWindowCountsTheMonthsBeforeThePeriodAndNothingOlder()
    {
        var dir = Directory.CreateTempSubdirectory("eco-rolling-").FullName;
        try
        {
            var rules = File.ReadAllText(Path.Combine(Repo.Root, "scoring-rules", "quarterly.yaml"));
            Assert.That(rules, Does.Contain("window: year_to_date"));
            File.WriteAllText(Path.Combine(dir, "quarterly.yaml"), rules.Replace("window: year_to_date", "window: rolling_12_months", StringComparison.Ordinal));
            var shipped = File.ReadAllText(Path.Combine(Repo.Root, "scoring-rules", "tests", "quarterly.yaml"));
            Directory.CreateDirectory(Path.Combine(dir, "tests"));
            var tests = Path.Combine(dir, "tests", "rolling.yaml");
            File.WriteAllText(tests, shipped[..shipped.IndexOf("\ncases:", StringComparison.Ordinal)] + "\n" + RollingCases + "\n");
            var results = RuleTestRunner.RunFile(tests);
            Assert.That(results, Has.Count.EqualTo(3));
            foreach (var r in results)
            {
                Assert.That(r.Passed, Is.True, $"{r.Case}: {string.Join("\n", r.Failures)}");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
