using System.Text;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests.Hostile;

/// <summary>
/// The hostile-input corpus of issue 25, generated here (no large file is checked in): one case per kind of hostile or
/// broken input across the eight classes, each run through the CLI and checked as every refusal must be (exit code of
/// DESIGN §5, located message in the one form, under 30 s and 2 GiB, nothing written, no input changed). ./test.sh
/// prints the summary this test writes to the file named by ECO_CORPUS_SUMMARY.
/// </summary>
[NonParallelizable]
public class HostileCorpusTests
{
    private sealed record Case(string Name, Func<HostileCase, string[]> Args, int Exit, string Expected, bool OnStdout = false);

    private static string Data(HostileCase c, string file = "branches.csv", byte[]? content = null)
    {
        var data = c.Dataset(("branches.csv", HostileCase.Branches));
        if (content is not null)
        {
            File.WriteAllBytes(Path.Combine(data, file), content);
        }

        return data;
    }

    private static string Link(HostileCase c, string name, string target)
    {
        var path = c.At(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    private static string Book(HostileCase c, MiniWorkbook book)
    {
        var path = c.At("book.xlsx");
        File.WriteAllBytes(path, book.Bytes());
        return path;
    }

    private static string[] Evaluate(string data, params string[] more) => ["evaluate", data, "--period", "2024", "--allow-missing", CliRunner.AllTables, .. more];

    private static string Rules(HostileCase c) => Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml");

    private static IEnumerable<Case> Corpus()
    {
        // 1. argument injection
        foreach (var rev in new[] { "--output=x.txt", "-ox.txt", "--exec-path=.", "-c", "HEAD\n-p" })
        {
            yield return new($"git revision {rev.Replace("\n", "\\n", StringComparison.Ordinal)}", c => ["diff", Data(c), "--base", $"git:{rev}:rules.yaml", "--head", Rules(c), "--allow-missing", CliRunner.AllTables], ExitCodes.InputError, "error ECO0350");
        }

        // 2. unbounded reads
        yield return new("table is /dev/zero", c => { var d = Data(c); Link(c, "data/meetings.csv", "/dev/zero"); return Evaluate(d); }, ExitCodes.InputError, "meetings.csv: error ECO0351");
        yield return new("table is /dev/urandom", c => { var d = Data(c); Link(c, "data/study.csv", "/dev/urandom"); return Evaluate(d); }, ExitCodes.InputError, "study.csv: error ECO0351");
        yield return new("table is an endless pipe", c => { var d = Data(c); c.EndlessPipe("data/findings.csv", "F1,B1,2024-01-01\n"); return Evaluate(d); }, ExitCodes.InputError, "findings.csv: error ECO0351");
        yield return new("rule file is /dev/zero", c => Evaluate(Data(c), "--rules", "/dev/zero"), ExitCodes.InputError, "/dev/zero: error ECO0351");
        yield return new("rule file is an endless pipe", c => Evaluate(Data(c), "--rules", c.EndlessPipe("rules.yaml", "# x\n")), ExitCodes.InputError, "rules.yaml: error ECO0351");
        yield return new("--previous is /dev/zero", c => Evaluate(Data(c), "--previous", "/dev/zero"), ExitCodes.InputError, "/dev/zero: error ECO0351");
        yield return new("--mapping is /dev/zero", c => Evaluate(Data(c), "--mapping", "/dev/zero"), ExitCodes.InputError, "/dev/zero: error ECO0351");
        yield return new("workbook is /dev/zero", c => Evaluate(Link(c, "book.xlsx", "/dev/zero")), ExitCodes.InputError, "book.xlsx: error ECO0351");
        yield return new("validate /dev/zero", _ => ["validate", "/dev/zero"], ExitCodes.Negative, "/dev/zero: error ECO0351", OnStdout: true);
        yield return new("test file is an endless pipe", c => ["test", c.EndlessPipe("cases.yaml", "cases:\n")], ExitCodes.Negative, "cases.yaml: error ECO0351", OnStdout: true);
        yield return new("weights table is /dev/zero", _ => ["weights", "entropy", "/dev/zero"], ExitCodes.InputError, "/dev/zero: error ECO0351");

        // 3. workbook cells
        yield return new("10 MB cell", c => Evaluate(Book(c, new MiniWorkbook().Sheet("支部", ["branch_id", "name", "unit", "members"], ["B1", new string('x', 10 << 20), "机关", "10"]))), ExitCodes.InputError, "book.xlsx!支部!B2: error ECO0352");
        yield return new("long shared string", c =>
        {
            var b = new MiniWorkbook().Sheet("支部", ["branch_id", "name", "unit", "members"], ["B1", "s:0", "机关", "10"]);
            b.Shared.Add(new string('y', 2 << 20));
            return Evaluate(Book(c, b));
        }, ExitCodes.InputError, "book.xlsx!支部!B2: error ECO0352");
        yield return new("--previous 20 MB value", c =>
        {
            var p = c.At("previous.csv");
            File.WriteAllText(p, "branch_id,rating\nB1," + new string('先', 20 << 20) + "\n");
            return Evaluate(Data(c), "--previous", p);
        }, ExitCodes.InputError, "previous.csv(2): error ECO0218");

        // 4. workbook packages
        yield return new("DTD in a sheet", c =>
        {
            var b = MiniWorkbook.Valid();
            b.Replace["xl/worksheets/sheet2.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"a\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";
            return Evaluate(Book(c, b));
        }, ExitCodes.InputError, "book.xlsx!会议: error ECO0353");
        yield return new("missing sheet part", c =>
        {
            var b = MiniWorkbook.Valid();
            b.Replace["xl/worksheets/sheet1.xml"] = null;
            return Evaluate(Book(c, b));
        }, ExitCodes.InputError, "book.xlsx!支部: error ECO0353");
        yield return new("malformed sheet", c =>
        {
            var b = MiniWorkbook.Valid();
            b.Replace["xl/worksheets/sheet2.xml"] = "<worksheet><sheetData><row>";
            return Evaluate(Book(c, b));
        }, ExitCodes.InputError, "book.xlsx!会议: error ECO0353");

        // 5. outputs
        yield return new("output links to an input", c => { var d = Data(c); return Evaluate(d, "-o", Link(c, "out.csv", Path.Combine(d, "branches.csv"))); }, ExitCodes.OutputError, "out.csv: error ECO0354");
        yield return new("output is a full device", c => Evaluate(Data(c), "-o", c.At("a.csv"), "-o", Link(c, "full.md", "/dev/full")), ExitCodes.OutputError, "full.md: error ECO0355");
        yield return new("second output unwritable", c => Evaluate(Data(c), "-o", c.At("a.csv"), "-o", c.At("no/b.json")), ExitCodes.OutputError, "b.json: error ECO0301");

        // 7. the one form in eco test
        yield return new("test case without expect", c =>
        {
            var p = c.At("cases.yaml");
            File.WriteAllText(p, $"rules: {Rules(c)}\ncases:\n  - name: x\n    period: 2024\n    data: {{ branches: [ {{ branch_id: B1, name: 一, unit: 机关, members: 1 }} ] }}\n");
            return ["test", p];
        }, ExitCodes.Negative, "cases.yaml(3,5): error ECO0121", OnStdout: true);

        // 8. encodings
        yield return new("stray byte in UTF-8 table", c =>
        {
            var text = Encoding.UTF8.GetBytes("branch_id,name,unit,members\n" + string.Concat(Enumerable.Range(1, 20).Select(i => $"B{i},第{i}支部,机关,10\n")));
            return Evaluate(Data(c, "branches.csv", [.. text[..40], 0xFF, .. text[40..]]));
        }, ExitCodes.InputError, "error ECO0356");
    }

    [Test]
    public void EveryCaseOfTheCorpusIsRefusedAsItMustBe()
    {
        var cases = Corpus().ToList();
        var failures = new List<string>();
        foreach (var k in cases)
        {
            using var c = new HostileCase();
            try
            {
                var r = c.Refused(k.Exit, k.Args(c), k.OnStdout ? [] : [k.Expected]);
                if (k.OnStdout && !r.Stdout.Contains(k.Expected, StringComparison.Ordinal))
                {
                    failures.Add($"{k.Name}: stdout lacks {k.Expected}");
                }
            }
            catch (AssertionException e)
            {
                failures.Add($"{k.Name}: {e.Message.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim()}");
            }
        }

        var summary = $"hostile corpus: {cases.Count} cases, {cases.Count - failures.Count} refused as required (exit code, located, < 30 s, < 2 GiB, nothing written), {failures.Count} not";
        TestContext.Out.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("ECO_CORPUS_SUMMARY") is { Length: > 0 } file)
        {
            File.WriteAllText(file, summary + "\n");
        }

        Assert.That(failures, Is.Empty, summary);
    }
}
