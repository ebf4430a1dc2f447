using System.Text;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Json;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Pipeline;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Fixtures;

/// <summary>
/// A small dataset read from CSV and evaluated with a small rule set, for the writers. Expected outcome (year 2024):
/// B4 90.00 先锋 rank 1; B2 and B3 80.00 中间 rank 2; B5 −10.00 落后 rank 4 (a 60-point deduction, bounds [−50, 100]);
/// B1 has no data: 未定级, no rank, listed last.
/// </summary>
internal static class SmallRun
{
    public const string RulesYaml = """
        # yaml-language-server: $schema=schema/rules.schema.json
        id: writer-test
        name: 写出测试
        version: "1"
        dimensions:
          - id: political
            name: 政治强
            weight: 60
            indicators:
              - id: study_rate
                name: 学习率
                measure: { kind: value }
                normalise: { method: goalposts, low: 0, high: 1 }
                weight: 1
          - id: conduct
            name: 作风硬
            weight: 40
            indicators:
              - id: org_items
                name: 组织力
                measure: { kind: assessment_ratio, items: [OR-] }
                normalise: { method: goalposts, low: 0, high: 1 }
                weight: 1
        adjustments:
          deductions:
            - { id: penalty, name: 问题扣分, when: { finding: { form: { min: 1 } } }, points: 60, cap: 60 }
          bounds: [-50, 100]
        rating:
          min_coverage: 0.5
          thresholds: { 先锋: { min: 90 }, 落后: { below: 60 } }
          vetoes:
            - { id: form4, name: 第四种形态, when: { finding: { form: 4 } }, cap: 中间 }

        """;

    /// <summary>Each file: header, then data rows (the order the rows are written in can be changed).</summary>
    public static IReadOnlyDictionary<string, (string Header, string[] Rows)> Files { get; } = new Dictionary<string, (string, string[])>
    {
        ["branches.csv"] = ("branch_id,name,unit", [
            "B1,第一|支部,甲单位", "B2,=2+3,甲单位", "B3,-减分支部,+乙单位", "B4,@提醒支部,乙单位", "B5,\"第五,\"\"支部\"\"\",乙单位"]),
        ["indicators.csv"] = ("branch_id,study_rate", ["B2,0.8", "B3,80%", "B4,0.95", "B5,0.5"]),
        ["assessments.csv"] = ("branch_id,item,score,max_score", [
            "B4,OR-01,9.7,10", "B4,OR-02,8.6,10", "B4,OR-03,7.9,10", "B4,OR-04,6.8,10", "B2,OR-01,8,10", "B3,OR-01,8,10", "B5,OR-01,5,10"]),
        ["findings.csv"] = ("finding_id,branch_id,date,form", ["F1,B5,2024-05-10,1", "F2,B3,2024-06-01,"]),
    };

    /// <summary>Writes the files, rows reordered by <paramref name="order"/> (identity by default).</summary>
    public static TempDataset Write(Func<string[], IEnumerable<string>>? order = null)
    {
        var ds = new TempDataset();
        foreach (var (name, (header, rows)) in Files)
        {
            ds.Csv(name, [header, .. (order ?? (r => r))(rows)]);
        }

        return ds;
    }

    public static LoadedRuleSet LoadRules()
    {
        var bag = new DiagnosticBag();
        var loaded = RuleSetReader.Read(RulesYaml, "rules.yaml", bag);
        Assert.That(loaded, Is.Not.Null, Diag.Dump(bag));
        return loaded!;
    }

    /// <summary>Reads the dataset folder and runs the rules: the assessment and the files read.</summary>
    public static (Assessment Assessment, DatasetReadResult Read) Run(TempDataset ds, LoadedRuleSet? rules = null)
    {
        rules ??= LoadRules();
        var bag = new DiagnosticBag();
        var read = CsvDatasetReader.Read(ds.Folder, null, bag);
        Assert.That(read.Dataset, Is.Not.Null, Diag.Dump(bag));
        return (Plan.Create(rules.Rules).Run(read.Dataset!), read);
    }

    public static byte[] Csv(Assessment a)
    {
        using var ms = new MemoryStream();
        ResultCsvWriter.Write(a, ms);
        return ms.ToArray();
    }

    public static byte[] Json(Assessment a, RunMetadata meta)
    {
        using var ms = new MemoryStream();
        ResultJsonWriter.Write(a, meta, ms);
        return ms.ToArray();
    }

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>The CSV parsed back into rows of cells (header first).</summary>
    public static List<string[]> Cells(byte[] csv)
    {
        var rows = new List<string[]>();
        using var reader = CsvHelper.CsvReader.Create(csv, new CsvHelper.CsvReaderOptions { Separator = ',' });
        reader.ReadHeader();
        rows.Add([.. reader.Headers]);
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
