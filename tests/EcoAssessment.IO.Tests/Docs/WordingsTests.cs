using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Docs;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Docs;

/// <summary>
/// Every wording docs/inputs.md lists under "Wordings" is read as it says: a file name as its table, a word in a coded
/// column (or in findings.form) as its code, through the CSV reader a clerk's file goes through.
/// </summary>
public class WordingsTests
{
    private static IEnumerable<string> Lines()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "docs", "inputs.md"));
        var start = text.IndexOf(InputContractDocument.WordingsStart, StringComparison.Ordinal);
        var end = text.IndexOf(InputContractDocument.WordingsEnd, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0).And.LessThan(end), "docs/inputs.md lists the wordings");
        return text[(start + InputContractDocument.WordingsStart.Length)..end].Split('\n').Where(l => l.StartsWith("- `", StringComparison.Ordinal));
    }

    /// <summary>(table, null, null, name) for a table name; (table, column, code, word) for a code word.</summary>
    private static IEnumerable<(string Table, string? Column, string? Code, string Word)> Listed()
    {
        foreach (var line in Lines())
        {
            var colon = line.IndexOf("`: ", StringComparison.Ordinal);
            var head = line[2..(colon + 1)].Split(' ').Select(p => p.Trim('`')).ToArray();
            var words = line[(colon + 3)..].Split(", ");
            foreach (var word in words)
            {
                if (head.Length == 1)
                {
                    yield return (head[0], null, null, word);
                }
                else
                {
                    var dot = head[0].IndexOf('.', StringComparison.Ordinal);
                    yield return (head[0][..dot], head[0][(dot + 1)..], head[1], word);
                }
            }
        }
    }

    [Test]
    public void TheListHoldsTheDepartmentsWordings()
    {
        var listed = Listed().ToArray();
        Assert.That(listed.Where(l => l.Column is null).Select(l => (l.Table, l.Word)),
            Does.Contain(("findings", "执纪台账")).And.Contain(("meetings", "三会一课台账")).And.Contain(("members", "党员花名册")).And.Contain(("assessments", "双强双优")));
        Assert.That(listed.Where(l => l.Column is not null).Select(l => (l.Code, l.Word)),
            Does.Contain(("general_assembly", "支部大会")).And.Contain(("group", "党小组会议")).And.Contain(("inspection", "中央生态环保督察"))
                .And.Contain(("patrol", "巡视")).And.Contain(("1", "第一种形态")).And.Contain(("2", "二")));
    }

    [Test]
    public void NoWordNamesTwoThings()
    {
        var listed = Listed().ToArray();
        var tables = listed.Where(l => l.Column is null).GroupBy(l => l.Word.ToLowerInvariant()).Where(g => g.Select(l => l.Table).Distinct().Count() > 1);
        Assert.That(tables.Select(g => g.Key), Is.Empty, "a file name of two tables");
        var codes = listed.Where(l => l.Column is not null).GroupBy(l => (l.Table, l.Column, l.Word.ToLowerInvariant()))
            .Where(g => g.Select(l => l.Code).Distinct().Count() > 1);
        Assert.That(codes.Select(g => g.Key), Is.Empty, "a word of two codes in one column");
    }

    [Test]
    public void EveryListedFileNameIsReadAsItsTable()
    {
        foreach (var (table, _, _, name) in Listed().Where(l => l.Column is null))
        {
            Assert.That(CsvDatasetReader.TableOf(name)?.Name, Is.EqualTo(table), name);
            Assert.That(CsvDatasetReader.TableOf(name + "_2024Q1")?.Name, Is.EqualTo(table), name + "_2024Q1");
        }
    }

    [Test]
    public void EveryListedWordIsReadAsItsCode()
    {
        var failures = new List<string>();
        foreach (var (table, column, code, word) in Listed().Where(l => l.Column is not null))
        {
            var read = ReadAs(table, column!, word);
            if (read != code)
            {
                failures.Add($"{table}.{column} \"{word}\" read as {read ?? "nothing"}, listed as {code}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    /// <summary>Reads a one-branch dataset whose <paramref name="table"/> has one row with <paramref name="word"/> in <paramref name="column"/>; the code it was read as.</summary>
    private static string? ReadAs(string table, string column, string word)
    {
        var cell = word.Contains(',', StringComparison.Ordinal) ? $"\"{word}\"" : word;
        var tables = new List<(string, string, string)>();
        var branches = "branch_id,name,unit,type\nB1,一支部,机关," + (table == "branches" ? cell : "regular") + "\n";
        tables.Add(("branches", "branches.csv", branches));
        switch (table)
        {
            case "branches":
                break;
            case "members":
                tables.Add(("members", "members.csv", $"member_id,branch_id,{column}\nM1,B1,{cell}\n"));
                break;
            case "meetings":
                tables.Add(("meetings", "meetings.csv", $"branch_id,date,{column}\nB1,2024-03-01,{cell}\n"));
                break;
            case "study":
                tables.Add(("study", "study.csv", $"branch_id,date,{column}\nB1,2024-03-01,{cell}\n"));
                break;
            case "findings":
                tables.Add(("findings", "findings.csv", $"finding_id,branch_id,date,{column}\nF1,B1,2024-03-01,{cell}\n"));
                break;
            default:
                Assert.Fail($"no reading for {table}.{column}");
                break;
        }

        var bag = new DiagnosticBag();
        var data = CsvDatasetReader.ReadTables(tables, Period.Year(2024), bag);
        if (data is null || bag.HasErrors)
        {
            return null;
        }

        var b = data.Branches.Single();
        return (table, column) switch
        {
            ("branches", "type") => Code(InputCatalogue.BranchTypes, (int)b.Record.Type),
            ("members", "status") => Code(InputCatalogue.MemberStatuses, (int)b.Memberships.Single().Status),
            ("members", "role") => Code(InputCatalogue.MemberRoles, (int)b.Memberships.Single().Role),
            ("meetings", "type") => Enum.GetValues<MeetingType>().Where(t => b.Meetings.Held(t) == 1).Select(t => Code(InputCatalogue.MeetingTypes, (int)t)).SingleOrDefault(),
            ("study", "form") => Enum.GetValues<StudyForm>().Where(f => b.StudyFormMask == 1 << (int)f).Select(f => Code(InputCatalogue.StudyForms, (int)f)).SingleOrDefault(),
            ("findings", "form") => b.Findings.Single().Form?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ("findings", "source") => b.Findings.Single().Source is { } s ? Code(InputCatalogue.FindingSources, (int)s) : null,
            ("findings", "category") => b.Findings.Single().Category is { } c ? Code(InputCatalogue.FindingCategories, (int)c) : null,
            ("findings", "tolerance") => Code(InputCatalogue.Tolerances, (int)b.Findings.Single().Tolerance),
            ("findings", "responsibility") => b.Findings.Single().Responsibility is { } r ? Code(InputCatalogue.Responsibilities, (int)r) : null,
            _ => null,
        };
    }

    private static string Code(CodeList list, int index) => list.CodeOf(index);
}
