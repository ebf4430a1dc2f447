using EcoAssessment.IO.Output;
using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Output;

/// <summary>The per-branch CSV of DESIGN §6, on <see cref="SmallRun"/>.</summary>
public class ResultCsvWriterTests
{
    private List<string[]> cells = null!;
    private string text = null!;

    [OneTimeSetUp]
    public void WriteOnce()
    {
        using var ds = SmallRun.Write();
        var (a, _) = SmallRun.Run(ds);
        var bytes = SmallRun.Csv(a);
        text = SmallRun.Text(bytes);
        cells = SmallRun.Cells(bytes);
    }

    private int Col(string name) => Array.IndexOf(cells[0], name);

    private string[] Row(string branchId) => cells.Skip(1).Single(r => r[Col("branch_id")] == branchId);

    [Test]
    public void TheHeaderIsTheFixedColumnsThenDimensionsThenIndicators()
    {
        Assert.That(cells[0], Is.EqualTo(new[]
        {
            "period", "branch_id", "name", "unit", "score", "rank", "rating", "grade", "reasons", "coverage", "deductions", "vetoes",
            "previous_rating", "transition", "rectification", "reason_codes", "dim.political", "dim.conduct", "ind.study_rate", "ind.org_items",
        }));
        Assert.That(text, Does.StartWith("period,branch_id,name,unit,score,rank,rating,grade,reasons,coverage,deductions,vetoes,previous_rating,transition,rectification,reason_codes,dim.political,dim.conduct,ind.study_rate,ind.org_items\n"));
    }

    [Test]
    public void EveryRowHasEveryColumn() =>
        Assert.That(cells.Skip(1).Select(r => r.Length), Is.All.EqualTo(cells[0].Length));

    [Test]
    public void RowsAreSortedByRankThenBranchIdWithUnratedLast()
    {
        var rows = cells.Skip(1).Select(r => (r[Col("branch_id")], r[Col("rank")], r[Col("rating")])).ToArray();
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("B4", "1", "先锋"), ("B2", "2", "中间"), ("B3", "2", "中间"), ("B5", "4", "落后"), ("B1", string.Empty, "未定级"),
        }));
    }

    [Test]
    public void TheScoreHasTwoDecimals()
    {
        Assert.That(cells.Skip(1).Select(r => r[Col("score")]), Is.EqualTo(new[] { "90.00", "80.00", "80.00", "-10.00", string.Empty }));
        Assert.That(Row("B5")[Col("deductions")], Is.EqualTo("60"));
        Assert.That(Row("B1")[Col("dim.political")], Is.Empty, "not available is empty, never 0");
    }

    [Test]
    public void ThePeriodIsTheYearTheRecordsCover() =>
        Assert.That(cells.Skip(1).Select(r => r[0]), Is.All.EqualTo("2024"));

    [Test]
    public void TextThatASpreadsheetWouldRunIsNeutralisedWithAnApostrophe()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Row("B2")[Col("name")], Is.EqualTo("'=2+3"));
            Assert.That(Row("B3")[Col("name")], Is.EqualTo("'-减分支部"));
            Assert.That(Row("B3")[Col("unit")], Is.EqualTo("'+乙单位"));
            Assert.That(Row("B4")[Col("name")], Is.EqualTo("'@提醒支部"));
            Assert.That(Row("B1")[Col("name")], Is.EqualTo("第一|支部"));
        }
    }

    [Test]
    public void NumbersAreNeverNeutralised()
    {
        Assert.That(Row("B5")[Col("score")], Is.EqualTo("-10.00"));
        var numeric = new[] { "score", "rank", "coverage", "deductions", "dim.political", "dim.conduct", "ind.study_rate", "ind.org_items" };
        foreach (var row in cells.Skip(1))
        {
            foreach (var c in numeric)
            {
                Assert.That(row[Col(c)], Does.Not.StartWith("'"), $"{row[1]} {c}");
                Assert.That(row[Col(c)] == string.Empty || double.TryParse(row[Col(c)], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _),
                    Is.True, $"{row[1]} {c} = '{row[Col(c)]}'");
            }
        }
    }

    [Test]
    public void CommasAndQuotesInTextAreQuoted()
    {
        Assert.That(Row("B5")[Col("name")], Is.EqualTo("第五,\"支部\""));
        Assert.That(text, Does.Contain("\"第五,\"\"支部\"\"\""));
    }

    [Test]
    public void DimensionAndIndicatorColumnsAreInRoundTripPrecision()
    {
        var b4 = Row("B4");
        Assert.That(double.Parse(b4[Col("ind.study_rate")], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(95).Within(1e-9));
        Assert.That(double.Parse(b4[Col("ind.org_items")], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(82.5).Within(1e-9));
        Assert.That(Row("B2")[Col("dim.political")], Is.EqualTo("80"));
    }

    [Test]
    public void ReasonCodesAreTokensReasonsAreSentencesAndVetoesAndEmptyColumnsStay()
    {
        var b5 = Row("B5");
        Assert.That(b5[Col("reason_codes")].Split("; "), Has.Some.StartsWith("deduction:penalty("));
        var codes = b5[Col("reason_codes")].Split("; ");
        var sentences = b5[Col("reasons")].Split("；");
        Assert.That(sentences, Has.Length.EqualTo(codes.Length), "one sentence per code");
        Assert.That(sentences, Has.Some.Match("^扣分「.+」-[0-9.]+ 分$"));
        Assert.That(b5[Col("reasons")], Does.Not.Contain("deduction:"));
        Assert.That(b5[Col("vetoes")], Is.Empty);
        Assert.That(cells.Skip(1).Select(r => (r[Col("grade")], r[Col("previous_rating")], r[Col("transition")], r[Col("rectification")])),
            Is.All.EqualTo((string.Empty, string.Empty, string.Empty, string.Empty)));
    }

    [Test]
    public void WithEnglishTheReasonsAreEnglishAndTheCodesTheSame()
    {
        using var ds = SmallRun.Write();
        var (a, _) = SmallRun.Run(ds);
        using var zh = new MemoryStream();
        using var en = new MemoryStream();
        ResultCsvWriter.Write(a, zh, EcoAssessment.Catalogue.Language.Zh);
        ResultCsvWriter.Write(a, en, EcoAssessment.Catalogue.Language.En);
        static List<string[]> Cells(MemoryStream m) => SmallRun.Cells(m.ToArray());
        var zhCells = Cells(zh);
        var enCells = Cells(en);
        var reasons = Array.IndexOf(zhCells[0], "reasons");
        var codes = Array.IndexOf(zhCells[0], "reason_codes");
        Assert.Multiple(() =>
        {
            Assert.That(enCells.Select(r => r[codes]), Is.EqualTo(zhCells.Select(r => r[codes])));
            Assert.That(enCells.Skip(1).Select(r => r[reasons]), Has.Some.StartsWith("score "));
            Assert.That(enCells.Skip(1).Select(r => r[reasons]), Has.All.Not.Contains("得分"));
            Assert.That(zhCells.Skip(1).Select(r => r[reasons]), Has.Some.StartsWith("得分 "));
        });
    }

    [Test]
    public void TheFileIsUtf8WithoutBomWithLfLineEnds()
    {
        using var ds = SmallRun.Write();
        var (a, _) = SmallRun.Run(ds);
        var bytes = SmallRun.Csv(a);
        Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(bytes, Has.No.Member((byte)'\r'));
        Assert.That(bytes[^1], Is.EqualTo((byte)'\n'));
    }

    [TestCase("=SUM(A1)", "'=SUM(A1)")]
    [TestCase("+1", "'+1")]
    [TestCase("-x", "'-x")]
    [TestCase("@x", "'@x")]
    [TestCase("\tx", "'\tx")]
    [TestCase("\rx", "'\rx")]
    [TestCase("第一支部", "第一支部")]
    [TestCase("a=b", "a=b")]
    [TestCase("", "")]
    public void FormatsTextNeutralisesOnlyALeadingFormulaCharacter(string input, string expected) =>
        Assert.That(Formats.Text(input), Is.EqualTo(expected));
}
