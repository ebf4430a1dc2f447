using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Weights;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Weights;

/// <summary>The tables of eco weights: a matrix of numbers or fractions, indicator columns; every bad cell located.</summary>
public class WeightsCsvTests
{
    [Test]
    public void AMatrixReadsFractionsInHeaderOrder()
    {
        using var ds = new TempDataset();
        ds.Csv("m.csv", ",A,B", "A,1,3", "B,1/3,1");
        var bag = new DiagnosticBag();
        var m = WeightsCsv.ReadMatrix(ds.PathOf("m.csv"), bag)!;
        Assert.That(bag.Items, Is.Empty, Diag.Dump(bag));
        Assert.That(m.Names, Is.EqualTo(new[] { "A", "B" }));
        Assert.That(m.Values[1, 0], Is.EqualTo(1.0 / 3));
    }

    [Test]
    public void EveryBadCellIsLocatedByRowAndColumnName()
    {
        using var ds = new TempDataset();
        ds.Csv("m.csv", ",A,B", "A,1,x", "B,y,1");
        var bag = new DiagnosticBag();
        Assert.That(WeightsCsv.ReadMatrix(ds.PathOf("m.csv"), bag), Is.Null);
        Assert.That(bag.Items.Select(d => (d.Code, d.Location!.Line, d.Location.ColumnName)),
            Is.EqualTo(new[] { ("ECO0202", (int?)2, "B"), ("ECO0202", (int?)3, "A") }));
    }

    [Test]
    public void ColumnsKeepEmptyCellsAsNaNAndCheckTheLowerColumns()
    {
        using var ds = new TempDataset();
        ds.Csv("t.csv", "id,x,y", "B1,1,", "B2,-1,2");
        var bag = new DiagnosticBag();
        var t = WeightsCsv.ReadColumns(ds.PathOf("t.csv"), ["y"], raw: false, bag)!;
        Assert.That(bag.Items, Is.Empty, Diag.Dump(bag));
        Assert.That(t.Columns[1][0], Is.NaN);
        Assert.That(WeightsCsv.ReadColumns(ds.PathOf("t.csv"), ["q"], raw: false, bag), Is.Null);
        Assert.That(WeightsCsv.ReadColumns(ds.PathOf("t.csv"), [], raw: true, bag), Is.Null);
        Assert.That(bag.Items.Select(d => d.Code), Is.EqualTo(new[] { "ECO0204", "ECO0210" }));
        Assert.That(bag.Items[1].Location!.ToString(), Does.EndWith("t.csv(3,x)"));
    }
}
