using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;
using static EcoAssessment.Tests.Support.TestRules;
using RatingValue = EcoAssessment.Model.Rating;

namespace EcoAssessment.Tests.Pipeline;

/// <summary>The pipeline end to end on in-memory datasets.</summary>
public class PlanTests
{
    /// <summary>Branches whose aggregate (under <see cref="TestRules.ScoreOnly"/>) is the given score.</summary>
    private static TestData Scores(params (string Id, double Score)[] branches)
    {
        var data = new TestData().Table(InputTable.Findings, InputTable.Meetings);
        foreach (var (id, score) in branches)
        {
            data.Add(Branch(id, members: 10)).Add(Value(id, "s", score));
        }

        return data;
    }

    private static Assessment Run(RuleSet rules, TestData data) => Plan.Create(rules).Run(data.Build(Period.Year(2024)));

    private static BranchResult Get(Assessment a, string id) => a.Find(id) ?? throw new AssertionException($"no result for {id}");

    // ---- decision score and thresholds ----

    [Test]
    public void TheDecisionScoreIsRoundedBeforeTheThresholds()
    {
        var a = Run(ScoreOnly(), Scores(("B1", 89.995), ("B2", 59.994999), ("B3", 89.994999), ("B4", 59.995)));
        Assert.Multiple(() =>
        {
            Assert.That(Get(a, "B1").Score, Is.EqualTo(90.00m));
            Assert.That(Get(a, "B1").ScoreUnrounded, Is.EqualTo(89.995));
            Assert.That(Get(a, "B1").Rating, Is.EqualTo(RatingValue.Vanguard));
            Assert.That(Get(a, "B2").Score, Is.EqualTo(59.99m));
            Assert.That(Get(a, "B2").Rating, Is.EqualTo(RatingValue.Laggard));
            Assert.That(Get(a, "B3").Rating, Is.EqualTo(RatingValue.Middle));
            Assert.That(Get(a, "B4").Score, Is.EqualTo(60.00m));
            Assert.That(Get(a, "B4").Rating, Is.EqualTo(RatingValue.Middle));
        });
    }

    // ---- ranking ----

    [Test]
    public void CompetitionRankGivesTiesTheSameRankAndSkips()
    {
        decimal[] ascending = [70m, 80m, 80m, 95m];
        Assert.That(new[] { 95m, 80m, 80m, 70m }.Select(s => EcoAssessment.Stages.Rating.RatingStage.CompetitionRank(ascending, s)), Is.EqualTo(new[] { 1, 2, 2, 4 }));
        Assert.That(EcoAssessment.Stages.Rating.RatingStage.CompetitionRank([50m, 50m, 50m], 50m), Is.EqualTo(1));
        Assert.That(EcoAssessment.Stages.Rating.RatingStage.CompetitionRank([10m], 10m), Is.EqualTo(1));
    }

    [Test]
    public void RanksAreCompetitionRanksAmongRatedBranchesAndUnratedComeLast()
    {
        var data = Scores(("B1", 95), ("B2", 80), ("B3", 80.004), ("B4", 70), ("B0", 60));
        data.Add(Branch("T1", BranchType.Temporary, members: 5)).Add(Value("T1", "s", 99));
        var a = Run(ScoreOnly(), data);
        Assert.That(a.Results.Select(r => r.BranchId), Is.EqualTo(new[] { "B1", "B2", "B3", "B4", "B0", "T1" }));
        Assert.That(a.Results.Select(r => r.Rank), Is.EqualTo(new int?[] { 1, 2, 2, 4, 5, null }),
            "80 and 80.004 have the same decision score 80.00; the temporary branch is unrated and unranked");
        Assert.That(Get(a, "T1").Rating, Is.EqualTo(RatingValue.Unrated));
        Assert.That(Get(a, "T1").Score, Is.EqualTo(99m), "temporary branches are still scored");
    }

    // ---- quota ----

    private static RuleSet TwoDimensions(decimal? quota, params TieBreakKey[] tieBreak) => Set(
        [Dimension("political", 1, Value("p")), Dimension("conduct", 1, Value("c"))],
        Rating(quota: quota, tieBreak: tieBreak.Length > 0 ? tieBreak : null));

    private static TestData PoliticalAndConduct(params (string Id, double P, double C)[] branches)
    {
        var data = new TestData();
        foreach (var (id, p, c) in branches)
        {
            data.Add(Branch(id)).Add(Value(id, "p", p), Value(id, "c", c));
        }

        return data;
    }

    [Test]
    public void TheQuotaKeepsFloorOfQTimesNVanguardsAndBreaksScoreTiesByTheDeclaredDimension()
    {
        var data = PoliticalAndConduct(
            ("B01", 100, 90), ("B02", 90, 100), ("B03", 95, 95), ("B04", 90, 100), ("B05", 100, 90),
            ("B06", 70, 70), ("B07", 70, 70), ("B08", 70, 70), ("B09", 70, 70), ("B10", 70, 70));
        var rules = TwoDimensions(0.3m, new TieBreakKey(TieBreakKind.Score), new TieBreakKey(TieBreakKind.Dimension, "conduct"), new TieBreakKey(TieBreakKind.BranchId));
        var a = Run(rules, data);
        Assert.That(a.Results.Take(5).Select(r => r.Score), Is.All.EqualTo(95.00m));
        Assert.That(a.Results.Where(r => r.Rating == RatingValue.Vanguard).Select(r => r.BranchId), Is.EquivalentTo(new[] { "B02", "B03", "B04" }),
            "0.3 × 10 = 3 先锋; among the five at 95.00 the higher conduct scores win");
        Assert.Multiple(() =>
        {
            Assert.That(Get(a, "B01").Rating, Is.EqualTo(RatingValue.Middle));
            Assert.That(Get(a, "B01").ThresholdRating, Is.EqualTo(RatingValue.Vanguard));
            Assert.That(Get(a, "B01").Reasons, Does.Contain("quota:先锋→中间(place 4>3 of 10, ⌊0.3×10⌋ = 3)"));
            Assert.That(Get(a, "B05").Reasons, Does.Contain("quota:先锋→中间(place 5>3 of 10, ⌊0.3×10⌋ = 3)"));
            Assert.That(Get(a, "B03").Quota, Is.EqualTo("先锋候选第 3 位(共 5 个)，在名额 ⌊0.3×10⌋ = 3 之内；凭 维度 conduct(95 对 90) 排在 B01 之前"));
            Assert.That(Get(a, "B01").Quota, Is.EqualTo("先锋候选第 4 位(共 5 个)，超出名额 ⌊0.3×10⌋ = 3 → 中间；因 维度 conduct(95 对 90) 排在 B03 之后"));
            Assert.That(Get(a, "B06").Quota, Is.Null);
            Assert.That(a.Results.Take(5).Select(r => r.Rank), Is.All.EqualTo(1), "the quota does not change the rank");
        });
    }

    [Test]
    public void ARunInEnglishWritesItsTracesAndNotesInEnglishAndDecidesTheSame()
    {
        var data = PoliticalAndConduct(
            ("B01", 100, 90), ("B02", 90, 100), ("B03", 95, 95), ("B04", 90, 100), ("B05", 100, 90),
            ("B06", 70, 70), ("B07", 70, 70), ("B08", 70, 70), ("B09", 70, 70), ("B10", 70, 70));
        var rules = TwoDimensions(0.3m, new TieBreakKey(TieBreakKind.Score), new TieBreakKey(TieBreakKind.Dimension, "conduct"), new TieBreakKey(TieBreakKind.BranchId));
        var dataset = data.Build(Period.Year(2024));
        var zh = Plan.Create(rules).Run(dataset, null, 1);
        var en = Plan.Create(rules).Run(dataset, null, 1, Language.En);
        Assert.Multiple(() =>
        {
            Assert.That(Get(en, "B03").Quota, Is.EqualTo("先锋 place 3 of 5 within quota ⌊0.3×10⌋ = 3; ahead of B01 by dimension.conduct (95 vs 90)"));
            Assert.That(Get(en, "B01").Quota, Is.EqualTo("先锋 place 4 of 5 beyond quota ⌊0.3×10⌋ = 3 → 中间; behind B03 by dimension.conduct (95 vs 90)"));
            Assert.That(en.Results.Select(r => (r.BranchId, r.Rating, r.Score, string.Join(";", r.Reasons))),
                Is.EqualTo(zh.Results.Select(r => (r.BranchId, r.Rating, r.Score, string.Join(";", r.Reasons)))), "numbers, ratings and reason codes do not change");

            // A result read in the other language builds its traces and notes in that language on demand.
            Assert.That(Get(zh, "B01").NotesIn(Language.En).Quota, Is.EqualTo(Get(en, "B01").Quota));
            Assert.That(Get(en, "B01").NotesIn(Language.Zh).Quota, Is.EqualTo(Get(zh, "B01").Quota));
            Assert.That(Get(zh, "B01").IndicatorsIn(Language.En).Select(i => i.Detail), Is.EqualTo(Get(en, "B01").Indicators.Select(i => i.Detail)));
            Assert.That(Get(en, "B01").IndicatorsIn(Language.Zh).Select(i => i.Detail), Is.EqualTo(Get(zh, "B01").Indicators.Select(i => i.Detail)));
        });
    }

    [Test]
    public void WithoutAQuotaEveryBranchAboveTheThresholdIsVanguard()
    {
        var data = PoliticalAndConduct(("B01", 100, 90), ("B02", 90, 100), ("B03", 95, 95), ("B04", 50, 50));
        var a = Run(TwoDimensions(null), data);
        Assert.That(a.Results.Count(r => r.Rating == RatingValue.Vanguard), Is.EqualTo(3));
        Assert.That(a.Results.Select(r => r.Quota), Is.All.Null);
    }

    // ---- coverage ----

    [Test]
    public void CoverageIsTheDeclaredShareOfIndicatorsWithAValue()
    {
        var rules = Set(
            [Dimension("political", 30, Value("a", 1), Value("b", 3)), Dimension("conduct", 70, Value("c", 1))],
            Rating(minCoverage: 0.8));
        var data = new TestData().Branches("B1", "B2")
            .Add(Value("B1", "a", 80), Value("B1", "b", 90), Value("B1", "c", 100))
            .Add(Value("B2", "a", 80), Value("B2", "c", 100));
        var a = Run(rules, data);
        var b1 = Get(a, "B1");
        var b2 = Get(a, "B2");
        Assert.Multiple(() =>
        {
            Assert.That(b1.Coverage, Is.EqualTo(1.0).Within(1e-12));
            Assert.That(b1.Aggregate, Is.EqualTo((0.3 * ((80 + (3 * 90)) / 4.0)) + (0.7 * 100)).Within(1e-9));
            Assert.That(b2.Coverage, Is.EqualTo(0.7 + (0.3 * 0.25)).Within(1e-12));
            Assert.That(b2.Aggregate, Is.EqualTo((0.3 * 80) + (0.7 * 100)).Within(1e-9), "b's weight is renormalised within its dimension");
            Assert.That(b2.Rating, Is.EqualTo(RatingValue.Unrated));
            Assert.That(b2.Reasons, Is.EqualTo(new[] { "coverage:0.775<0.8" }));
            Assert.That(b2.Rank, Is.Null);
            Assert.That(b2.Indicators.Single(i => i.Id == "b").Normalised, Is.Null);
            Assert.That(b2.Indicators.Single(i => i.Id == "a").WeightInDimension, Is.EqualTo(1.0).Within(1e-12));
            Assert.That(b2.Indicators.Single(i => i.Id == "b").DeclaredShare, Is.EqualTo(0.225).Within(1e-12));
        });
    }

    [Test]
    public void ABranchWithNoDataHasNoScoreAndIsUnrated()
    {
        var a = Run(ScoreOnly(), new TestData().Branches("B1", "B2").Add(Value("B2", "s", 70)));
        Assert.That(Get(a, "B1").Score, Is.Null);
        Assert.That(Get(a, "B1").Rating, Is.EqualTo(RatingValue.Unrated));
        Assert.That(Get(a, "B1").Coverage, Is.EqualTo(0.0));
        Assert.That(a.Results.Select(r => r.BranchId), Is.EqualTo(new[] { "B2", "B1" }));
    }

    [Test]
    public void AForceVetoRatesAnUncoveredBranchLaggardButACapLeavesItUnrated()
    {
        var rules = Set([Dimension("d", 1, Value("s"), Value("t"))], Rating(minCoverage: 0.9, vetoes:
        [
            Force("vacant", new FactCondition("secretary_vacant_days", new Comparison(Above: 90))),
            Cap("form4", new FindingCondition(new FindingFilter { Form = new IntFilter([4], null, null) })),
        ]));
        var data = new TestData().Add(Branch("B1", vacantDays: 120), Branch("B2"))
            .Add(Value("B1", "s", 95), Value("B2", "s", 95))
            .Add(Finding("F1", "B2", "2024-05-01", form: 4));
        var a = Run(rules, data);
        Assert.That(Get(a, "B1").Rating, Is.EqualTo(RatingValue.Laggard));
        Assert.That(Get(a, "B1").Vetoes, Is.EqualTo(new[] { "vacant" }));
        Assert.That(Get(a, "B2").Rating, Is.EqualTo(RatingValue.Unrated));
        Assert.That(Get(a, "B2").Vetoes, Is.EqualTo(new[] { "form4" }));
    }

    // ---- vetoes ----

    [Test]
    public void VetoesOnRealDataForceAndCap()
    {
        var rules = ScoreOnly(Rating(vetoes:
        [
            Force("vacant", new FactCondition("secretary_vacant_days", new Comparison(Above: 90))),
            Cap("form4", new FindingCondition(new FindingFilter { Form = new IntFilter([4], null, null) })),
        ]));
        var data = Scores(("B1", 95), ("B2", 95), ("B3", 95), ("B4", 95))
            .Add(Finding("F1", "B2", "2024-05-01", form: 4), Finding("F2", "B3", "2024-05-01", form: 4, tolerance: Tolerance.Exempt),
                Finding("F3", "B4", "2024-05-01", form: 4, tolerance: Tolerance.Lenient));
        data.Add(Branch("B5", vacantDays: 120)).Add(Value("B5", "s", 95)).Add(Finding("F5", "B5", "2024-05-01", form: 4));
        var ds = data.Build(Period.Year(2024));
        var a = Plan.Create(rules).Run(ds);
        Assert.Multiple(() =>
        {
            Assert.That(Get(a, "B1").Rating, Is.EqualTo(RatingValue.Vanguard), "B1 has no vacancy column value: not available, no veto");
            Assert.That(Get(a, "B2").Rating, Is.EqualTo(RatingValue.Middle));
            Assert.That(Get(a, "B2").VetoTraces.Single(v => v.Id == "form4").Trace, Is.EqualTo("匹配的问题：F1"));
            Assert.That(Get(a, "B3").Rating, Is.EqualTo(RatingValue.Middle), "an exempt mark does not lift the form-4 veto (the readers refuse it on a form-4 case)");
            Assert.That(Get(a, "B4").Rating, Is.EqualTo(RatingValue.Middle), "a lenient one still does");
            Assert.That(Get(a, "B5").Rating, Is.EqualTo(RatingValue.Laggard), "force wins over the cap");
            Assert.That(Get(a, "B5").Vetoes, Is.EqualTo(new[] { "vacant", "form4" }));
            Assert.That(Get(a, "B5").Reasons, Does.Contain("veto:vacant(force 落后)").And.Contain("veto:form4(cap 中间, overridden by force)"));
        });
    }

    [Test]
    public void VetoConditionsReadTheRawAndTheNormalisedValuesOfThisRun()
    {
        var completion = Indicator("org_life", new MeetingCompletionMeasure([MeetingType.Lecture], new Dictionary<MeetingType, double>()),
            new GoalpostsNormalisation(0.2, 1.0), 1);
        var rules = Set([Dimension("d", 1, completion)], Rating(vetoes:
        [
            Force("raw", new IndicatorCondition("org_life", new Comparison(Below: 0.5))),
            Cap("norm", new NormalisedCondition("org_life", new Comparison(Below: 80))),
        ]));
        var data = new TestData().Branches("B1", "B2", "B3")
            .Add(Meeting("B1", MeetingType.Lecture, "2024-03-01"))
            .Add(Meeting("B2", MeetingType.Lecture, "2024-03-01"), Meeting("B2", MeetingType.Lecture, "2024-06-01"),
                Meeting("B2", MeetingType.Lecture, "2024-09-01"))
            .Add(Enumerable.Range(1, 4).Select(m => Meeting("B3", MeetingType.Lecture, $"2024-0{m}-01")).ToArray());
        var a = Run(rules, data);
        Assert.Multiple(() =>
        {
            // B1: raw 0.25 < 0.5 → forced. B2: raw 0.75, normalised (0.75 − 0.2)/0.8 = 68.75 < 80 → capped. B3: raw 1, normalised 100.
            Assert.That(Get(a, "B1").Vetoes, Is.EquivalentTo(new[] { "raw", "norm" }));
            Assert.That(Get(a, "B1").Rating, Is.EqualTo(RatingValue.Laggard));
            Assert.That(Get(a, "B1").VetoTraces.Single(v => v.Id == "raw").Trace, Is.EqualTo("org_life = 0.25 < 0.5"));
            Assert.That(Get(a, "B2").Vetoes, Is.EqualTo(new[] { "norm" }));
            Assert.That(Get(a, "B2").VetoTraces.Single(v => v.Id == "norm").Trace, Is.EqualTo("org_life 标准化值 = 68.75 < 80"));
            Assert.That(Get(a, "B3").Vetoes, Is.Empty);
            Assert.That(Get(a, "B3").Rating, Is.EqualTo(RatingValue.Vanguard));
        });
    }

    [Test]
    public void AVetoOnAnIndicatorThatIsNotAvailableDoesNotFireAndSaysSo()
    {
        var rules = Set([Dimension("d", 1, Value("s"), Value("t"))], Rating(vetoes: [Force("low_t", new IndicatorCondition("t", new Comparison(Below: 50)))]));
        var a = Run(rules, new TestData().Branches("B1").Add(Value("B1", "s", 95)));
        Assert.That(Get(a, "B1").Rating, Is.EqualTo(RatingValue.Vanguard));
        Assert.That(Get(a, "B1").VetoTraces.Single().Fired, Is.False);
        Assert.That(Get(a, "B1").VetoTraces.Single().Trace, Is.EqualTo("t 无数据，不满足 < 50"));
    }

    // ---- adjustments ----

    [Test]
    public void DeductionsArePerMatchingFindingCappedAndListedInTheReasons()
    {
        var overdue = new AdjustmentRule("overdue", "整改逾期", new FindingCondition(new FindingFilter { Overdue = true, Open = true }), 2, 5);
        var rules = ScoreOnly(adjustments: new AdjustmentRules([overdue], [], 0, 100));
        var data = Scores(("B1", 95), ("B2", 95), ("B3", 95))
            .Add(Enumerable.Range(1, 4).Select(i => Finding($"F{i}", "B1", "2024-01-10", due: "2024-03-01")).ToArray())
            .Add(Finding("G1", "B2", "2023-11-10", due: "2024-03-01", tolerance: Tolerance.Exempt));
        var a = Run(rules, data);
        Assert.Multiple(() =>
        {
            Assert.That(Get(a, "B1").Deductions, Is.EqualTo(5.0));
            Assert.That(Get(a, "B1").Score, Is.EqualTo(90.00m));
            Assert.That(Get(a, "B1").Aggregate, Is.EqualTo(95.0));
            Assert.That(Get(a, "B1").Adjustments.Single().Matches, Is.EqualTo(4));
            Assert.That(Get(a, "B1").Reasons, Does.Contain("deduction:overdue(-5)"));
            Assert.That(Get(a, "B2").Score, Is.EqualTo(93.00m), "a carried-over exempt item still counts for rectification");
            Assert.That(Get(a, "B3").Score, Is.EqualTo(95.00m));
            Assert.That(Get(a, "B3").Reasons.Any(r => r.StartsWith("deduction:", StringComparison.Ordinal)), Is.False);
        });
    }

    [Test]
    public void BonusesAddAndTheScoreIsClampedToTheBounds()
    {
        var bonus = new AdjustmentRule("honour", "表彰", Flag("honours"), 5, null);
        var penalty = new AdjustmentRule("vacant", "书记空缺", new FactCondition("secretary_vacant_days", new Comparison(Above: 0)), 10, null);
        var data = Scores(("B1", 98), ("B2", 3), ("B3", 80))
            .Add(Value("B1", "honours", 1), Value("B3", "honours", 1));
        data.Add(Branch("B4", vacantDays: 30)).Add(Value("B4", "s", 5));
        var a = Run(ScoreOnly(adjustments: new AdjustmentRules([penalty], [bonus], 0, 100)), data);
        Assert.Multiple(() =>
        {
            Assert.That(Get(a, "B1").ScoreUnrounded, Is.EqualTo(100.0), "98 + 5 is clamped to 100");
            Assert.That(Get(a, "B1").Bonuses, Is.EqualTo(5.0));
            Assert.That(Get(a, "B1").Reasons, Does.Contain("bonus:honour(+5)"));
            Assert.That(Get(a, "B3").Score, Is.EqualTo(85.00m));
            Assert.That(Get(a, "B4").ScoreUnrounded, Is.EqualTo(0.0), "5 − 10 is clamped to 0");
            Assert.That(Get(a, "B4").Reasons, Does.Contain("deduction:vacant(-10)"));
        });

        var wide = Run(ScoreOnly(adjustments: new AdjustmentRules([], [bonus], 0, 110)), Scores(("B1", 98)).Add(Value("B1", "honours", 1)));
        Assert.That(Get(wide, "B1").Score, Is.EqualTo(103.00m));
    }

    // ---- normalisation population ----

    [Test]
    public void MinMaxRunsOverTheRatedBranchesOnly()
    {
        IndicatorRule x = new("x", "x", new ValueMeasure(null), Direction.Higher, new MinMaxNormalisation(), 1);
        var data = new TestData().Add(Branch("B1"), Branch("B2"), Branch("T1", BranchType.Temporary))
            .Add(Value("B1", "x", 10), Value("B2", "x", 20), Value("T1", "x", 40));

        var a = Run(Set([Dimension("d", 1, x)]), data);
        Assert.That(Get(a, "B1").Indicators[0].Normalised, Is.EqualTo(0.0));
        Assert.That(Get(a, "B2").Indicators[0].Normalised, Is.EqualTo(100.0));
        Assert.That(Get(a, "T1").Indicators[0].Normalised, Is.EqualTo(100.0), "outside the population: clamped");

        var rated = Run(Set([Dimension("d", 1, x)], Rating(rateTemporary: true)), data);
        Assert.That(Get(rated, "B2").Indicators[0].Normalised, Is.EqualTo(100.0 / 3).Within(1e-9));
        Assert.That(Get(rated, "T1").Rating, Is.EqualTo(RatingValue.Vanguard));
    }

    [Test]
    public void TheTraceFollowsAnIndicatorFromRawToContribution()
    {
        var rules = Set(
            [Dimension("political", 30, Indicator("a1", new MeetingCompletionMeasure([MeetingType.Lecture], new Dictionary<MeetingType, double>()), weight: 10))],
            Rating());
        var data = new TestData().Branches("B1").Add(Meeting("B1", MeetingType.Lecture, "2024-03-01"), Meeting("B1", MeetingType.Lecture, "2024-06-01"),
            Meeting("B1", MeetingType.Lecture, "2024-09-01"));
        var t = Get(Run(rules, data), "B1").Indicators.Single();
        Assert.That(t.Raw, Is.EqualTo(0.75).Within(1e-12));
        Assert.That(t.Normalised, Is.EqualTo(75.0).Within(1e-9));
        Assert.That(t.Contribution, Is.EqualTo(75.0).Within(1e-9));
        Assert.That(t.Detail, Does.Contain("lecture 3/4"));
    }

    // ---- determinism ----

    private static RuleSet Rich() => Set(
        [
            Dimension("political", 30,
                Indicator("org_life", new MeetingCompletionMeasure([MeetingType.GeneralAssembly, MeetingType.Committee, MeetingType.Group, MeetingType.Lecture],
                    new Dictionary<MeetingType, double>()), weight: 10),
                Indicator("theme_day", new ThemeDayCoverageMeasure(), weight: 5),
                Indicator("attendance", new AttendanceMeasure([]), weight: 5),
                Indicator("review", new AnnualReviewMeasure([MeetingType.OrgLifeReview, MeetingType.MemberReview]), weight: 5)),
            Dimension("capability", 20, Indicator("or_items", new AssessmentRatioMeasure(["OR-"]), weight: 4)),
            Dimension("conduct", 30,
                Indicator("weighted", new FindingSeverityMeasure(10, new Dictionary<int, double> { [1] = 1, [2] = 3, [3] = 6, [4] = 10 }),
                    new GoalpostsNormalisation(0, 5), 12, Direction.Lower),
                Indicator("four_winds", new FindingCountMeasure([FindingCategory.FourWinds, FindingCategory.EightRules], 10), new GoalpostsNormalisation(0, 1), 6, Direction.Lower),
                Indicator("rectify", new RectificationOnTimeMeasure(), weight: 6),
                Indicator("co_items", new AssessmentRatioMeasure(["CO-"]), weight: 3)),
            Dimension("responsibility", 20, Indicator("volunteer", new ValueMeasure(null), new MinMaxNormalisation(), 4)),
        ],
        Rating(minCoverage: 0.5, quota: 0.3m,
            vetoes:
            [
                Cap("form4", new FindingCondition(new FindingFilter { Form = new IntFilter([4], null, null) })),
                Force("no_org_life", new AnyCondition([new IndicatorCondition("org_life", new Comparison(Below: 0.5)),
                    new CountCondition(new MeetingFilter([MeetingType.OrgLifeReview], null), new Comparison(Below: 1))])),
            ],
            tieBreak: [new TieBreakKey(TieBreakKind.Score), new TieBreakKey(TieBreakKind.Dimension, "conduct"), new TieBreakKey(TieBreakKind.BranchId)]),
        new AdjustmentRules([new AdjustmentRule("overdue", "整改逾期", new FindingCondition(new FindingFilter { Overdue = true, Open = true }), 2, 10)], [], 0, 100));

    private static TestData RichData()
    {
        var data = new TestData();
        string[] ids = ["B1", "B2", "B3", "B4", "B5"];
        foreach (var (id, k) in ids.Select((id, k) => (id, k)))
        {
            data.Add(Branch(id, partyGroups: k % 3, hasCommittee: k % 2 == 0 ? true : null));
            // Two members all year and two joiners: the pro-rated N is a sum of fractions.
            data.Add(Member($"{id}-M1", id, MemberRole.Secretary), Member($"{id}-M2", id),
                Member($"{id}-M3", id, joined: "2024-02-01"), Member($"{id}-M4", id, MemberRole.Committee, joined: "2024-08-20"));
            data.Add(Meeting(id, MeetingType.GeneralAssembly, "2024-03-01", attendees: 3 + k, expected: 4 + k, excused: 1),
                Meeting(id, MeetingType.Lecture, "2024-04-01", attendees: 4, expected: 4),
                Meeting(id, MeetingType.ThemeDay, "2024-05-01", id: $"{id}-TD"),
                Meeting(id, MeetingType.ThemeDay, "2024-05-01", id: $"{id}-TD"),
                Meeting(id, MeetingType.Committee, "2024-06-01"),
                Meeting(id, MeetingType.Group, "2024-07-01"));
            if (k != 3)
            {
                data.Add(Meeting(id, MeetingType.OrgLifeReview, "2024-12-01"));
            }

            // Decimal item scores: their sum in double depends on the order they are added in.
            data.Add(Assessment(id, "CO-1", 4.5, 5), Assessment(id, "CO-2", 3.7, 5), Assessment(id, "CO-3", 4.1 - (0.1 * k), 5),
                Assessment(id, "OR-1", 8.8, 10), Assessment(id, "OR-2", 7.3, 10), Assessment(id, "OR-3", 6.1, 10));
            data.Add(Finding($"{id}-F1", id, "2024-02-01", member: $"{id}-M2", form: 1 + (k % 4), category: FindingCategory.FourWinds,
                    tolerance: k == 2 ? Tolerance.Lenient : Tolerance.None),
                Finding($"{id}-F2", id, "2024-03-01", member: $"{id}-M3", form: 2, due: "2024-06-01", closed: k % 2 == 0 ? "2024-05-01" : null),
                Finding($"{id}-F3", id, "2023-11-01", due: "2024-01-31"));
            data.Add(Value(id, "volunteer", 3.3 * (k + 1)));
        }

        return data;
    }

    [Test]
    public void TracesBuiltOnDemandAgreeWithTheNumbersOfTheRun()
    {
        var a = Plan.Create(Rich()).Run(RichData().Build(Period.Year(2024)));
        Assert.Multiple(() =>
        {
            foreach (var r in a.Results)
            {
                var at = r.BranchId;
                var indicators = r.Indicators;
                Assert.That(indicators.Select(i => i.Id), Is.EqualTo(a.Indicators.Select(i => i.Id)), at);
                Assert.That(indicators, Is.EqualTo(r.Indicators), $"{at}: read twice, the same traces");
                Assert.That(indicators.All(i => i.Detail.Length > 0), Is.True, $"{at}: every indicator says how it was derived");
                for (var i = 0; i < indicators.Count; i++)
                {
                    Assert.That(r.NormalisedValue(i), Is.EqualTo(indicators[i].Normalised), $"{at} {indicators[i].Id}");
                }

                for (var d = 0; d < r.Dimensions.Count; d++)
                {
                    Assert.That(r.DimensionScore(d), Is.EqualTo(r.Dimensions[d].Score), $"{at} dimension {d}");
                }

                Assert.That(r.VetoTraces.Where(v => v.Fired).Select(v => v.Id), Is.EqualTo(r.Vetoes), $"{at}: fired vetoes");
                Assert.That(r.Adjustments.Where(x => x.IsDeduction).Sum(x => x.Points), Is.EqualTo(r.Deductions), $"{at}: deductions");
            }
        });

        // A trace list given to a copy replaces the one built on demand.
        var first = a.Results[0];
        var copy = first with { Indicators = [], VetoTraces = [] };
        Assert.That(copy.Indicators, Is.Empty);
        Assert.That(copy.VetoTraces, Is.Empty);
        Assert.That(copy.Dimensions, Is.EqualTo(first.Dimensions));
        Assert.That(copy.IndicatorCount, Is.Zero);
    }

    private static void AssertSameResults(Assessment expected, Assessment actual)
    {
        Assert.That(actual.Results.Select(r => r.BranchId), Is.EqualTo(expected.Results.Select(r => r.BranchId)));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < expected.Results.Count; i++)
            {
                var e = expected.Results[i];
                var a = actual.Results[i];
                var at = e.BranchId;
                Assert.That(a.Rank, Is.EqualTo(e.Rank), $"{at} rank");
                Assert.That(a.Rating, Is.EqualTo(e.Rating), $"{at} rating");
                Assert.That(a.ThresholdRating, Is.EqualTo(e.ThresholdRating), $"{at} threshold rating");
                Assert.That(a.Score, Is.EqualTo(e.Score), $"{at} score");
                Assert.That(a.ScoreUnrounded, Is.EqualTo(e.ScoreUnrounded), $"{at} score_unrounded (bit for bit)");
                Assert.That(a.Aggregate, Is.EqualTo(e.Aggregate), $"{at} aggregate");
                Assert.That(a.Coverage, Is.EqualTo(e.Coverage), $"{at} coverage");
                Assert.That(a.Deductions, Is.EqualTo(e.Deductions), $"{at} deductions");
                Assert.That(a.Bonuses, Is.EqualTo(e.Bonuses), $"{at} bonuses");
                Assert.That(a.Reasons, Is.EqualTo(e.Reasons), $"{at} reasons");
                Assert.That(a.Vetoes, Is.EqualTo(e.Vetoes), $"{at} vetoes");
                Assert.That(a.Quota, Is.EqualTo(e.Quota), $"{at} quota");
                Assert.That(a.Branch, Is.EqualTo(e.Branch), $"{at} branch record");
                Assert.That(a.Indicators, Is.EqualTo(e.Indicators), $"{at} indicator traces (raw, detail, normalised, weights)");
                Assert.That(a.Dimensions, Is.EqualTo(e.Dimensions), $"{at} dimension scores");
                Assert.That(a.Adjustments, Is.EqualTo(e.Adjustments), $"{at} adjustments");
                Assert.That(a.VetoTraces, Is.EqualTo(e.VetoTraces), $"{at} veto traces");
            }
        });
    }

    [Test]
    public void TheRichSampleExercisesEveryStage()
    {
        var a = Run(Rich(), RichData());
        Assert.That(a.Results, Has.Count.EqualTo(5));
        Assert.That(a.Results.All(r => r.Coverage > 0.99), Is.True, "every indicator has data");
        Assert.That(Get(a, "B4").Rating, Is.EqualTo(RatingValue.Laggard), "no 组织生活会: forced 落后");
        Assert.That(Get(a, "B4").Vetoes, Does.Contain("no_org_life"));
        // Every branch has one carried-over overdue item; B2 and B4 also left F2 open past its due date.
        Assert.That(new[] { "B1", "B2", "B3", "B4", "B5" }.Select(id => Get(a, id).Deductions), Is.EqualTo(new[] { 2.0, 4, 2, 4, 2 }));
    }

    [Test]
    public void TheSameRecordsInReverseOrderGiveIdenticalResults()
    {
        var forward = Run(Rich(), RichData());
        var reverse = Plan.Create(Rich()).Run(RichData().Build(Period.Year(2024), rows => rows.Reverse()));
        AssertSameResults(forward, reverse);
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(42)]
    public void TheSameRecordsInAnyOrderGiveIdenticalResults(int seed)
    {
        var forward = Run(Rich(), RichData());
        var rng = new Random(seed);
        var shuffled = Plan.Create(Rich()).Run(RichData().Build(Period.Year(2024), rows =>
        {
            var copy = rows.ToArray();
            rng.Shuffle(copy);
            return copy;
        }));
        AssertSameResults(forward, shuffled);
    }

    [Test]
    public void RunningTwiceGivesTheSameResults()
    {
        var plan = Plan.Create(Rich());
        var ds = RichData().Build(Period.Year(2024));
        AssertSameResults(plan.Run(ds), plan.Run(ds));
    }
}
