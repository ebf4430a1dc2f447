using System.Text.Json;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

public class WeightsCommandTests
{
    private static string Write(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"eco-weights-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void AhpReadsFractionsAndPrintsJson()
    {
        var path = Write(",政治强,本领高,作风硬\n政治强,1,5/3,5/2\n本领高,3/5,1,3/2\n作风硬,2/5,2/3,1\n");
        var r = CliRunner.Run("weights", "ahp", path, "--format", "json");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var w = doc.RootElement.GetProperty("weights");
        Assert.That(w.GetProperty("政治强").GetDouble(), Is.EqualTo(0.5).Within(1e-9));
        Assert.That(w.GetProperty("作风硬").GetDouble(), Is.EqualTo(0.2).Within(1e-9));
        Assert.That(doc.RootElement.GetProperty("cr").GetDouble(), Is.EqualTo(0).Within(1e-9));
    }

    /// <summary>The bundled example matrix for the default rule set's four dimensions, as the README runs it.</summary>
    [Test]
    public void TheBundledDimensionMatrixIsConsistentAndKeepsItsJudgements()
    {
        var path = Path.Combine(CliRunner.RepoRoot, "samples", "weights", "default-dimensions-ahp.csv");
        var r = CliRunner.Run("weights", "ahp", path, "--format", "json");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var w = doc.RootElement.GetProperty("weights");
        double W(string id) => w.GetProperty(id).GetDouble();
        Assert.That(W("political") + W("capability") + W("conduct") + W("responsibility"), Is.EqualTo(1).Within(1e-9));
        Assert.That(W("political"), Is.GreaterThan(W("conduct")), "political is judged 3 : 2 against responsibility where conduct is 2 : 1");
        Assert.That(W("conduct"), Is.EqualTo(2 * W("capability")).Within(1e-9), "conduct's row of judgements is twice capability's");
        Assert.That(doc.RootElement.GetProperty("cr").GetDouble(), Is.GreaterThan(0).And.LessThan(0.1));
    }

    [Test]
    public void AnInconsistentMatrixExits1AndSaysSo()
    {
        var r = CliRunner.Run("weights", "ahp", Write(",A,B,C\nA,1,9,1/9\nB,1/9,1,9\nC,9,1/9,1\n"));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(r.Stdout, Does.Contain("一致性检验未通过（CR ≥ 0.1）"));
        var en = CliRunner.Run("weights", "ahp", Write(",A,B,C\nA,1,9,1/9\nB,1/9,1,9\nC,9,1/9,1\n"), "--lang", "en");
        Assert.That(en.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(en.Stdout, Does.Contain("inconsistent (CR ≥ 0.1)"));
    }

    [Test]
    public void ABadCellIsALocatedInputError()
    {
        var path = Write(",A,B\nA,1,x\nB,1,1\n");
        var r = CliRunner.Run("weights", "ahp", path);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain($"{path}(2,B): error ECO0202"));
    }

    [Test]
    public void EntropyWeighsTheMoreInformativeIndicatorMore()
    {
        var r = CliRunner.Run("weights", "entropy", Write("branch_id,x1,x2\nB1,1,5\nB2,2,5\nB3,3,6\n"), "--format", "json");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.That(doc.RootElement.GetProperty("weights").GetProperty("x1").GetDouble(), Is.EqualTo(0.296082).Within(1e-6));
        Assert.That(CliRunner.Run("weights", "entropy", Write("id,x\nB1,1\n"), "--lower", "y").ExitCode, Is.EqualTo(ExitCodes.InputError));
    }

    [Test]
    public void EntropyWithRawSharesReproducesXusPublishedExample()
    {
        // Xu (2004), EJOR 156(2) 530–532: four alternatives × four benefit attributes; published weights 0.4630, 0.3992,
        // 0.1378, 0.0000 from p = x/Σx on the raw values. The full-precision values below were computed independently
        // (the formula in a short Python script) and agree with the published four decimals.
        var path = Write("alternative,a1,a2,a3,a4\nA1,30,30,38,29\nA2,19,54,86,29\nA3,19,15,85,28.9\nA4,68,70,60,29\n");
        var r = CliRunner.Run("weights", "entropy", path, "--raw", "--format", "json");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var w = doc.RootElement.GetProperty("weights");
        var expected = new[] { 0.4629522868993801, 0.39920354898959204, 0.13784085613853284, 3.307972495039232e-06 };
        var published = new[] { 0.4630, 0.3992, 0.1378, 0.0000 };
        for (var j = 0; j < 4; j++)
        {
            Assert.That(w.GetProperty($"a{j + 1}").GetDouble(), Is.EqualTo(expected[j]).Within(1e-6));
            Assert.That(w.GetProperty($"a{j + 1}").GetDouble(), Is.EqualTo(published[j]).Within(5e-5));
        }

        var text = CliRunner.Run("weights", "entropy", path, "--raw");
        Assert.That(text.Stdout, Does.Contain("a1\t0.462952").And.Contain("a4\t0.000003"));
        Assert.That(CliRunner.Run("weights", "entropy", path, "--raw", "--lower", "a1").ExitCode, Is.EqualTo(ExitCodes.Usage));
        var negative = CliRunner.Run("weights", "entropy", Write("id,x\nB1,1\nB2,-1\n"), "--raw");
        Assert.That(negative.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(negative.Stderr, Does.Contain("(3,x): error ECO0210"));
    }
}
