using EcoAssessment.Analysis;
using Trend = EcoAssessment.Analysis.Trend;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;
using static EcoAssessment.Tests.Support.TestRules;

namespace EcoAssessment.Tests.Stages.Rollup;

/// <summary>
/// The roll-up at every level of the tree (issue 21, item 5): the units table (厅 → 市局 → 分局) and branches' parent_id
/// (党总支 → 支部) give the nodes; each node's summary covers every branch beneath it.
/// </summary>
public class TreeRollupTests
{
    private static readonly RollupRules Bands = new("members", [new Band("绿", 85), new Band("黄", 75), new Band("橙", 60)]);

    private static (IReadOnlyList<UnitSummary> Units, UnitSummary System) Roll(TestData data) =>
        EcoAssessment.Analysis.Rollup.Compute(Plan.Create(ScoreOnly() with { Rollup = Bands }).Run(data.Build(Period.Year(2024))));

    private static TestData Province(double x2 = 80) => new TestData().Add(
            Unit("ZJ", "浙江省生态环境厅", level: "厅"),
            Unit("HZ", "杭州市生态环境局", parent: "ZJ", order: 2, level: "市局"),
            Unit("XH", "杭州市生态环境局西湖分局", parent: "杭州市生态环境局", level: "分局"), // parent by name
            Unit("ST", "浙江省生态环境厅机关", parent: "ZJ", order: 1, level: "机关"))
        .Add(Branch("S1", members: 10, unit: "ST"), Branch("S2", members: 30, unit: "浙江省生态环境厅机关"),
            Branch("H1", members: 10, unit: "HZ"), Branch("X1", members: 20, unit: "杭州市生态环境局西湖分局"), Branch("X2", members: 10, unit: "XH"))
        .Add(Value("S1", "s", 90), Value("S2", "s", 80), Value("H1", "s", 70), Value("X1", "s", 95), Value("X2", "s", x2));

    [Test]
    public void TheWhy_ParentIdAndUnitsTableGiveTheTreeOfTheRollup()
    {
        // Before: parent_id was read and never used, and there was no units table: the roll-up was one flat row per unit
        // name, with no 厅 above the 市局 and no 党总支 covering its branches.
        var (units, _) = Roll(Province().Add(Branch("X3", members: 5, unit: "XH", parent: "X1")).Add(Value("X3", "s", 85)));
        Assert.That(units.Select(u => u.Id), Is.EqualTo(new[] { "ZJ", "ST", "HZ", "XH", "X1" }));
        Assert.That(units.Single(u => u.Id == "ZJ").Branches, Is.EqualTo(6));
        Assert.That(units.Single(u => u.Id == "X1").IsOrganisation, Is.True);
    }

    [Test]
    public void NodesComeInTheTreesOrderWithParentLevelAndDepth()
    {
        var (units, system) = Roll(Province());
        // Siblings by display order (ST 1 before HZ 2), each node followed by the nodes beneath it.
        Assert.That(units.Select(u => (u.Id, u.Unit, u.Parent, u.Level, u.Depth)), Is.EqualTo(new[]
        {
            ("ZJ", "浙江省生态环境厅", (string?)null, (string?)"厅", 0),
            ("ST", "浙江省生态环境厅机关", "ZJ", "机关", 1),
            ("HZ", "杭州市生态环境局", "ZJ", "市局", 1),
            ("XH", "杭州市生态环境局西湖分局", "HZ", "分局", 2),
        }));
        Assert.That(units.Select(u => u.Branches), Is.EqualTo(new[] { 5, 2, 3, 2 }));
        Assert.That(system.Branches, Is.EqualTo(5));
    }

    [Test]
    public void ANodesScoreIsTheMemberWeightedMeanOfEveryBranchBeneathIt()
    {
        var (units, system) = Roll(Province());
        var by = units.ToDictionary(u => u.Id);
        Assert.That(by["XH"].Score, Is.EqualTo(((20 * 95.0) + (10 * 80.0)) / 30).Within(1e-9));
        Assert.That(by["HZ"].Score, Is.EqualTo(((10 * 70.0) + (20 * 95.0) + (10 * 80.0)) / 40).Within(1e-9));
        Assert.That(by["ST"].Score, Is.EqualTo(((10 * 90.0) + (30 * 80.0)) / 40).Within(1e-9));
        Assert.That(by["ZJ"].Score, Is.EqualTo(system.Score).Within(1e-9));
        Assert.That(by["ZJ"].Members, Is.EqualTo(80));

        // Bands at every level: 分局 90 绿, 市局 85 绿, 机关 82.5 黄.
        Assert.That(units.Select(u => u.Health), Is.EqualTo(new[] { "黄", "黄", "绿", "绿" }));
    }

    [Test]
    public void RedLinesAreJudgedAtEachLevelOverTheBranchesBeneath()
    {
        // Two 落后 branches in the 分局: 2 of 2 there, 2 of 3 in the 市局, 2 of 23 (8.7 %) at the top: no red line there.
        var data = Province(x2: 50);
        for (var i = 1; i <= 17; i++)
        {
            data.Add(Branch($"T{i:D2}", members: 10, unit: "ST")).Add(Value($"T{i:D2}", "s", 88));
        }

        data.Add(Branch("X9", members: 10, unit: "XH")).Add(Value("X9", "s", 40));
        var (units, _) = Roll(data);
        var by = units.ToDictionary(u => u.Id);
        Assert.That(by["XH"].RedLines, Is.EqualTo(new[] { "laggard_share:66.7%>10% (2 of 3, at least 2)" }));
        Assert.That(by["XH"].Health, Is.EqualTo("红"));
        Assert.That(by["HZ"].RedLines, Is.EqualTo(new[] { "laggard_share:50%>10% (2 of 4, at least 2)" }));
        Assert.That(by["ST"].RedLines, Is.Empty);
        Assert.That(by["ZJ"].Ratings[EcoAssessment.Model.Rating.Laggard], Is.EqualTo(2));
        Assert.That(by["ZJ"].Rated, Is.EqualTo(23));
        Assert.That(by["ZJ"].RedLines, Is.Empty);
    }

    [Test]
    public void AFormFourCaseOfAUnitLeaderIsARedLineOfEveryNodeAboveIt()
    {
        var data = Province().Table(InputTable.Findings).Add(Member("M1", "X1", MemberRole.UnitLeader), Member("M2", "S1"))
            .Add(Finding("F1", "X1", "2024-05-01", member: "M1", form: 4));
        var (units, _) = Roll(data);
        var by = units.ToDictionary(u => u.Id);
        foreach (var id in new[] { "ZJ", "HZ", "XH" })
        {
            Assert.That(by[id].RedLines, Is.EqualTo(new[] { "form4_unit_leader:F1" }), id);
            Assert.That(by[id].Forms.Form4, Is.EqualTo(1), id);
        }

        Assert.That(by["ST"].RedLines, Is.Empty);
        Assert.That(by["ST"].Forms.Total, Is.EqualTo(0));
    }

    [Test]
    public void AGeneralBranchCoversItselfAndTheBranchesUnderItAndIsRatedAsBefore()
    {
        TestData Data(bool parents) => new TestData().Add(
                Branch("G", members: 10, unit: "U1"), Branch("C1", members: 10, unit: "U1", parent: parents ? "G" : null),
                Branch("C2", members: 10, unit: "U1", parent: parents ? "G" : null), Branch("C3", members: 10, unit: "U1", parent: parents ? "C2" : null),
                Branch("B", members: 10, unit: "U1"))
            .Add(Value("G", "s", 90), Value("C1", "s", 70), Value("C2", "s", 80), Value("C3", "s", 60), Value("B", "s", 95));
        var tree = Plan.Create(ScoreOnly() with { Rollup = Bands }).Run(Data(true).Build(Period.Year(2024)));
        var flat = Plan.Create(ScoreOnly() with { Rollup = Bands }).Run(Data(false).Build(Period.Year(2024)));

        var units = EcoAssessment.Analysis.Rollup.Compute(tree).Units;
        Assert.That(units.Select(u => (u.Id, u.Parent, u.Depth, u.IsOrganisation, u.Branches)), Is.EqualTo(new[]
        {
            ("U1", (string?)null, 0, false, 5), ("G", "U1", 1, true, 4), ("C2", "G", 2, true, 2),
        }));
        Assert.That(units[1].Unit, Is.EqualTo("支部G"));
        Assert.That(units[1].Score, Is.EqualTo(75).Within(1e-9));
        Assert.That(units[2].Score, Is.EqualTo(70).Within(1e-9));

        // A 党总支 is rated on its own records as any branch: parent_id moves no rating and no score.
        Assert.That(tree.Results.Select(r => (r.BranchId, r.Score, r.Rating)), Is.EqualTo(flat.Results.Select(r => (r.BranchId, r.Score, r.Rating))));
    }

    [Test]
    public void WithoutAUnitsTableTheRollupIsFlatByUnitName()
    {
        var data = new TestData().Add(Branch("A", members: 10, unit: "乙单位"), Branch("B", members: 10, unit: "甲单位"), Branch("C", members: 10, unit: "乙单位"))
            .Add(Value("A", "s", 90), Value("B", "s", 80), Value("C", "s", 70));
        var (units, _) = Roll(data);
        Assert.That(units.Select(u => (u.Id, u.Unit, u.Parent, u.Level, u.Depth, u.Branches)), Is.EqualTo(new[]
        {
            ("乙单位", "乙单位", (string?)null, (string?)null, 0, 2), ("甲单位", "甲单位", null, null, 0, 1),
        }));
    }

    private static List<Diagnostic> Refused(TestData data)
    {
        var bag = new DiagnosticBag();
        Assert.That(data.TryBuild(Period.Year(2024), bag), Is.Null);
        return bag.Items.Where(d => d.Severity == Severity.Error).ToList();
    }

    [Test]
    public void ABranchOfAnUnknownUnitIsRefusedAtItsRow()
    {
        var e = Refused(new TestData().Add(Unit("HZ", "杭州市生态环境局", at: Row("units.csv", 2)))
            .Add(Branch("B1", unit: "杭州市生态环境厅", at: Row("branches.csv", 2)))).Single();
        Assert.That(e.Code, Is.EqualTo("ECO0320"));
        Assert.That(e.Location!.File, Is.EqualTo("branches.csv"));
        Assert.That(e.Location.Line, Is.EqualTo(2));
        Assert.That(e.Location.ColumnName, Is.EqualTo("unit"));
        Assert.That(e.Render(EcoAssessment.Catalogue.Language.Zh), Does.Contain("支部「B1」").And.Contain("「杭州市生态环境厅」").And.Contain("杭州市生态环境局"));
    }

    [Test]
    public void AnUnknownParentUnitIsRefusedAtItsRow()
    {
        var e = Refused(new TestData().Add(Unit("HZ", "杭州市生态环境局", parent: "ZX", at: Row("units.csv", 3))).Add(Branch("B1", unit: "HZ"))).Single();
        Assert.That(e.Code, Is.EqualTo("ECO0321"));
        Assert.That((e.Location!.File, e.Location.Line, e.Location.ColumnName), Is.EqualTo(("units.csv", (int?)3, "parent")));
    }

    [Test]
    public void UnitsThatAreEachOthersParentAreRefusedOnce()
    {
        var e = Refused(new TestData().Add(Unit("A", "甲", parent: "B", at: Row("units.csv", 2)), Unit("B", "乙", parent: "C", at: Row("units.csv", 3)),
            Unit("C", "丙", parent: "A", at: Row("units.csv", 4))).Add(Branch("B1", unit: "A"))).Single();
        Assert.That(e.Code, Is.EqualTo("ECO0322"));
        Assert.That(e.Location!.Line, Is.EqualTo(2));
        Assert.That(e.Render(EcoAssessment.Catalogue.Language.Zh), Does.Contain("「A」→「B」→「C」→「A」"));
    }

    [Test]
    public void AUnitListedTwiceIsRefused() =>
        Assert.That(Refused(new TestData().Add(Unit("A", "甲"), Unit("A", "乙", at: Row("units.csv", 3))).Add(Branch("B1", unit: "A"))).Single().Code,
            Is.EqualTo("ECO0323"));

    [Test]
    public void AParentIdThatNamesNoBranchIsRefusedAtItsRow()
    {
        var e = Refused(new TestData().Add(Branch("B1"), Branch("B2", parent: "Z9", at: Row("branches.csv", 3)))).Single();
        Assert.That(e.Code, Is.EqualTo("ECO0324"));
        Assert.That((e.Location!.Line, e.Location.ColumnName), Is.EqualTo(((int?)3, "parent_id")));
    }

    [Test]
    public void ParentIdsThatGoRoundAreRefused() =>
        Assert.That(Refused(new TestData().Add(Branch("B1", parent: "B2"), Branch("B2", parent: "B1"))).Single().Code, Is.EqualTo("ECO0325"));

    [Test]
    public void ABranchUnderAnOrganisationOfAnotherUnitIsRefused() =>
        Assert.That(Refused(new TestData().Add(Branch("G", unit: "U1"), Branch("B2", unit: "U2", parent: "G"))).Single().Code, Is.EqualTo("ECO0326"));

    [Test]
    public void AUnitOfOneBranchIsNoWarningWhenTheUnitsTableDeclaresIt()
    {
        var bag = new DiagnosticBag();
        Assert.That(Province().TryBuild(Period.Year(2024), bag), Is.Not.Null);
        Assert.That(bag.Items.Select(d => d.Code), Does.Not.Contain("ECO0286"), "H1 alone in HZ is declared, not a typo");

        var flat = new DiagnosticBag();
        Assert.That(new TestData().Add(Branch("A", unit: "甲"), Branch("B", unit: "乙"), Branch("C", unit: "乙")).TryBuild(Period.Year(2024), flat), Is.Not.Null);
        Assert.That(flat.Items.Select(d => d.Code), Is.EqualTo(new[] { "ECO0286" }), "without a units table, 甲 of one branch may be a typo");
    }

    [Test]
    public void AUnitsTableWithoutRowsIsAsNone()
    {
        var (units, _) = Roll(new TestData().Table(InputTable.Units).Add(Branch("A", members: 10, unit: "甲"), Branch("B", members: 10, unit: "甲")).Add(Value("A", "s", 90), Value("B", "s", 80)));
        Assert.That(units.Select(u => (u.Id, u.Depth, u.Branches)), Is.EqualTo(new[] { ("甲", 0, 2) }), "the template's units sheet holds only its example row");
    }

    [Test]
    public void TheTrendFollowsTheTreeMatchingUnitsByTheirIds()
    {
        var rules = ScoreOnly() with { Rollup = Bands };
        var before = Plan.Create(rules).Run(Province(x2: 60).Build(Period.Year(2023)));
        var now = Plan.Create(rules).Run(Province().Build(Period.Year(2024)));
        var units = Trend.Compute([before, now]).Units;
        Assert.That(units.Select(u => u.Name), Is.EqualTo(new[] { "浙江省生态环境厅", "浙江省生态环境厅机关", "杭州市生态环境局", "杭州市生态环境局西湖分局", "全系统" }));
        var xihu = units[3];
        Assert.That(xihu.Points.Select(p => p.Score), Is.EqualTo(new decimal?[] { Math.Round((decimal)((20 * 95.0) + (10 * 60.0)) / 30, 2), 90m }));
        Assert.That(xihu.Direction, Is.EqualTo("improving"));
    }
}
