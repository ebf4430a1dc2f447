using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Yaml;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Fixtures;

/// <summary>A small valid rule file, and edits of it with <c>»</c> markers where the diagnostics are expected.</summary>
internal static class RuleText
{
    public const string File = "scoring-rules/test.yaml";

    public const string Base = """
        # yaml-language-server: $schema=schema/rules.schema.json
        id: test-rules
        name: 测试规则
        version: "1"
        period: year
        dimensions:
          - id: political
            name: 政治强
            weight: 30
            indicators:
              - id: org_life
                name: 三会一课完成率
                measure: { kind: meeting_completion, types: [general_assembly, committee] }
                direction: higher
                normalise: { method: goalposts, low: 0, high: 1 }
                weight: 10
          - id: conduct
            name: 作风硬
            weight: 20
            indicators:
              - id: findings
                measure:
                  kind: finding_severity
                  per_members: 10
                direction: lower
                normalise: { method: goalposts, low: 0, high: 5 }
                weight: 12
        adjustments:
          deductions:
            - { id: overdue, name: 整改逾期, when: { finding: { overdue: true, open: true } }, points: 2, cap: 10 }
          bounds: [0, 100]
        rating:
          min_coverage: 0.7
          thresholds: { 先锋: { min: 90 }, 落后: { below: 60 } }
          vetoes:
            - id: no_org_life
              name: 组织生活制度形同虚设
              when: { any: [ { indicator: org_life, below: 0.5 }, { count: { meetings: { type: org_life_review } }, below: 1 } ] }
              force: 落后
            - id: form4
              when: { finding: { form: 4, role: committee } }
              cap: 中间
          tie_break: [score, dimension.conduct, branch_id]

        """;

    /// <summary>
    /// The base text with each (find, replacement) pair applied; each find must occur exactly once. Returns the clean text
    /// and the positions of the <c>»</c> markers, in document order.
    /// </summary>
    public static (string Text, IReadOnlyList<(int Line, int Column)> Marks) Edit(params string[] pairs)
    {
        Assert.That(pairs.Length % 2, Is.Zero, "pairs of find, replacement");
        var text = Base;
        for (var i = 0; i < pairs.Length; i += 2)
        {
            var at = text.IndexOf(pairs[i], StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThanOrEqualTo(0), $"'{pairs[i]}' is not in the base rules");
            Assert.That(text.IndexOf(pairs[i], at + 1, StringComparison.Ordinal), Is.LessThan(0), $"'{pairs[i]}' occurs twice in the base rules");
            text = text[..at] + pairs[i + 1] + text[(at + pairs[i].Length)..];
        }

        return MarkedText.Parse(text);
    }

    /// <summary>Reads rule text under <see cref="File"/>.</summary>
    public static (LoadedRuleSet? Loaded, DiagnosticBag Bag) Read(string text)
    {
        var bag = new DiagnosticBag();
        return (RuleSetReader.Read(text, File, bag), bag);
    }

    /// <summary>The errors as <c>ECO0104 test.yaml(13,17)</c>, sorted by position (line, then column).</summary>
    public static string[] ErrorsByPosition(DiagnosticBag bag) =>
        bag.Items.Where(d => d.Severity == Severity.Error)
            .OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0)
            .Select(d => $"{d.Code} {Diag.Where(d)}").ToArray();

    /// <summary>The expected errors: code i at marker i.</summary>
    public static string[] Expected(IReadOnlyList<(int Line, int Column)> marks, string[] codes)
    {
        Assert.That(marks, Has.Count.EqualTo(codes.Length), "one marker per expected code");
        return codes.Select((c, i) => $"{c} test.yaml({marks[i].Line},{marks[i].Column})").ToArray();
    }
}
