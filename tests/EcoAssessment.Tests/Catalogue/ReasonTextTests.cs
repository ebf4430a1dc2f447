using EcoAssessment.Catalogue;
using EcoAssessment.Tests.Support;
using NUnit.Framework;

namespace EcoAssessment.Tests.Catalogue;

/// <summary>The 原因 sentences rendered from the reason codes (docs/reasons.md), in both languages.</summary>
public class ReasonTextTests
{
    [TestCase("threshold:先锋(98.81≥90.00)", "得分 98.81，达到先锋线 90.00 分", "score 98.81 reaches the 先锋 line 90.00")]
    [TestCase("threshold:中间(60.00≤89.70<90.00)", "得分 89.70，在落后线 60.00 分与先锋线 90.00 分之间，为中间", "score 89.70 lies between the 落后 line 60.00 and the 先锋 line 90.00: 中间")]
    [TestCase("threshold:落后(58.09<60.00)", "得分 58.09，低于落后线 60.00 分", "score 58.09 is below the 落后 line 60.00")]
    [TestCase("quota:先锋→中间(place 38>37 of 124, ⌊0.3×124⌋ = 37)", "名额控制：已定级支部 124 个，先锋名额 = ⌊0.3×124⌋ = 37 个，本支部排第 38 位，调为中间", "quota: 124 rated branches, 先锋 places = ⌊0.3×124⌋ = 37, this branch is number 38: 中间")]
    [TestCase("dynamic:先锋→中间(previous 落后, max +1)", "动态管理：上期为落后，本期最多上升 1 级，由先锋调为中间", "dynamic limit: previous 落后, at most 1 tier(s) up: 先锋 → 中间")]
    [TestCase("coverage:0.65<0.7", "有数据的指标权重合计 0.65，低于最低覆盖率 0.7，不按得分定级", "indicators with data carry 0.65 of the weight, below the minimum coverage 0.7: not rated by score")]
    [TestCase("temporary:临时支部不定级", "临时支部不定级", "temporary branch: not rated")]
    [TestCase("veto:v1(force 落后)", "触发一票否决「v1」，直接定为落后", "veto 'v1' fired: rated 落后")]
    [TestCase("veto:v1(cap 中间)", "触发一票否决「v1」，最高定为中间", "veto 'v1' fired: at most 中间")]
    [TestCase("veto:v1(cap 中间, no effect)", "触发一票否决「v1」（最高定为中间），按得分的评级不高于此，不影响评级", "veto 'v1' fired (at most 中间); the rating by score is not above it, no effect")]
    [TestCase("veto:v1(cap 中间, overridden by force)", "触发一票否决「v1」（最高定为中间），以直接定级的否决为准", "veto 'v1' fired (at most 中间), overridden by a veto that sets the rating")]
    [TestCase("deduction:overdue(-2)", "扣分「overdue」-2 分", "deduction 'overdue' -2")]
    [TestCase("bonus:award(+1.5)", "加分「award」+1.5 分", "bonus 'award' +1.5")]
    [TestCase("imputed:a,b", "缺失值已按规则补齐的指标：a、b", "missing values filled for: a, b")]
    [TestCase("treated:a", "异常值已按规则处理的指标：a", "outliers treated for: a")]
    [TestCase("laggard_share:22.2%>10% (2 of 9, at least 2)", "红线：落后支部 2 个，占已定级支部 9 个的 22.2%，超过 10% 且不少于 2 个", "red line: 2 of the 9 rated branches are 落后 (22.2%), above 10% and at least 2")]
    [TestCase("quota:先锋→中间(place 38>37)", "名额控制：先锋限 37 个，本支部排第 38 位，调为中间", "quota: 37 先锋 places, this branch is number 38: 中间")]
    [TestCase("laggard_share:11.1%>10%", "红线：落后支部占已定级支部的 11.1%，超过 10%", "red line: 11.1% of the rated branches are 落后, above 10%")]
    [TestCase("early_handling:form1 3/12<50%", "抓早抓小：第一种形态 3 件，占全部 12 件，低于 50%", "early handling: 3 of 12 cases under the first form, below 50%")]
    [TestCase("form4_unit_leader:F2024-007", "红线：班子成员受第四种形态处理（问题编号 F2024-007）", "red line: a unit leader was dealt with under the fourth form (finding F2024-007)")]
    public void EveryCodeBecomesOneSentenceInEachLanguage(string code, string zh, string en)
    {
        Assert.That(ReasonText.Render(code, null, Language.Zh), Is.EqualTo(zh));
        Assert.That(ReasonText.Render(code, null, Language.En), Is.EqualTo(en));
    }

    [Test]
    public void AnUnknownCodeIsWrittenAsItIs() =>
        Assert.That(ReasonText.Render("future:something(1)", null, Language.Zh), Is.EqualTo("future:something(1)"));

    [Test]
    public void SentencesAreJoinedAsClausesOfTheLanguage()
    {
        string[] codes = ["threshold:先锋(98.81≥90.00)", "quota:先锋→中间(place 38>37)"];
        Assert.That(ReasonText.Render(codes, null, Language.Zh), Is.EqualTo("得分 98.81，达到先锋线 90.00 分；名额控制：先锋限 37 个，本支部排第 38 位，调为中间"));
        Assert.That(ReasonText.Render(codes, null, Language.En), Is.EqualTo("score 98.81 reaches the 先锋 line 90.00; quota: 37 先锋 places, this branch is number 38: 中间"));
    }

    [Test]
    public void NamesComeFromTheRuleSet()
    {
        var veto = TestRules.Force("vacant", TestRules.Flag("secretary_vacant")) with { Name = "书记空缺超过3个月" };
        var rules = TestRules.ScoreOnly(TestRules.Rating() with { Vetoes = [veto] });
        Assert.That(ReasonText.Render("veto:vacant(force 落后)", rules, Language.Zh), Is.EqualTo("触发一票否决「书记空缺超过3个月」，直接定为落后"));
        Assert.That(ReasonText.Render("veto:other(force 落后)", rules, Language.Zh), Is.EqualTo("触发一票否决「other」，直接定为落后"), "an id the rule set does not name");
    }
}
