using System.Globalization;
using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Output;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>规则 (Rules): the indicator system, weights, rating rules, vetoes and adjustments as applied, with their rule-file lines.</summary>
internal static class RulesSheet
{
    public static void Write(IXLWorksheet ws, Assessment a, Labels t)
    {
        var rules = a.Rules;
        var columns = new (string, double)[]
        {
            (t[Texts.WbColDimension], 22), (t[Texts.WbColDimensionWeight], 10), (t[Texts.WbColIndicator], 10), (t[Texts.WbColIndicatorName], 34),
            (t[Texts.WbColDirection], 8), (t[Texts.WbColNormalisation], 14), (t[Texts.WbColWeight], 10), (t[Texts.WbColRule], 16),
        };
        Header(ws, 1, columns);
        var row = 1;
        var dimWeights = rules.Dimensions.Sum(d => d.Weight);
        foreach (var d in rules.Dimensions)
        {
            var indWeights = d.Indicators.Sum(i => i.Weight);
            foreach (var i in d.Indicators)
            {
                row++;
                ws.Cell(row, 1).SetValue(CellText($"{d.Name} ({d.Id})"));
                Number(ws.Cell(row, 2), dimWeights > 0 ? d.Weight / dimWeights : null, "0.0%");
                ws.Cell(row, 3).SetValue(CellText(i.Id));
                ws.Cell(row, 4).SetValue(CellText(i.Name));
                ws.Cell(row, 5).SetValue(i.Direction == Direction.Higher ? t[Texts.WbDirectionHigher] : t[Texts.WbDirectionLower]);
                ws.Cell(row, 6).SetValue(t[Normalisation(i.Normalisation.Method)]);
                Number(ws.Cell(row, 7), indWeights > 0 ? i.Weight / indWeights : null, "0.0%");
                ws.Cell(row, 8).SetValue(Formats.RuleRef(i.Location));
            }
        }

        var inv = CultureInfo.InvariantCulture;
        row += 2;
        ws.Cell(row, 1).SetValue(t[Texts.WbRatingRules]).Style.Font.Bold = true;
        var th = rules.Rating.Thresholds;
        var lines = new List<(string, string)>
        {
            (t[Texts.WbRuleVanguardFrom], string.Create(inv, $"≥ {th.VanguardMin:0.##}")),
            (t[Texts.WbRuleLaggardBelow], string.Create(inv, $"< {th.LaggardBelow:0.##}")),
            (t[Texts.WbRuleMinCoverage], string.Create(inv, $"{rules.Rating.MinCoverage:0.##}")),
            (t[Texts.WbRuleQuota], rules.Rating.VanguardQuota is decimal q ? string.Create(inv, $"{q:0.##}") : t[Texts.WbRuleNone]),
            (t[Texts.WbRuleQuotaRounding], rules.Rating.VanguardQuota is null ? t[Texts.WbRuleNone] : t[Rounding(rules.Rating.QuotaRounding)]),
            (t[Texts.WbRuleQuotaMin], rules.Rating.VanguardQuota is null || rules.Rating.QuotaMin == 0
                ? t[Texts.WbRuleNone] : rules.Rating.QuotaMin.ToString(inv)),
            (t[Texts.WbRuleLaggardMinCount], t.Render(Texts.WbRuleLaggardMinCountValue, (rules.Rollup?.LaggardMinCount ?? 2).ToString(inv))),
            (t[Texts.WbRuleWeighting], t[Weighting(rules.Weighting.Method)]),
            (t[Texts.WbRuleAggregation], t[Aggregation(rules.Aggregation)]),
        };
        foreach (var (label, value) in lines)
        {
            row++;
            ws.Cell(row, 1).SetValue(label);
            ws.Cell(row, 2).SetValue(value);
        }

        row += 2;
        var vetoHeader = row;
        Header(ws, row, [(t[Texts.WbColVeto], 22), (t[Texts.WbColEffect], 10), (t[Texts.WbColRuleName], 34), (t[Texts.WbColRule], 16)]);
        ws.Column(1).Width = 22;
        foreach (var v in rules.Rating.Vetoes)
        {
            row++;
            ws.Cell(row, 1).SetValue(CellText(v.Id));
            ws.Cell(row, 2).SetValue(t.Render(v.Effect == VetoEffect.Force ? Texts.WbVetoForce : Texts.WbVetoCap, RatingLabels.Chinese(v.Tier)));
            ws.Cell(row, 3).SetValue(CellText(v.Name));
            ws.Cell(row, 4).SetValue(Formats.RuleRef(v.Location));
        }

        row += 2;
        Header(ws, row, [(t[Texts.WbColAdjustment], 22), (t[Texts.WbColPoints], 10), (t[Texts.WbColRuleName], 34), (t[Texts.WbColRule], 16)]);
        foreach (var (x, deduction) in rules.Adjustments.Deductions.Select(x => (x, true)).Concat(rules.Adjustments.Bonuses.Select(x => (x, false))))
        {
            row++;
            ws.Cell(row, 1).SetValue(CellText(x.Id));
            Number(ws.Cell(row, 2), deduction ? -x.Points : x.Points, "+0.##;-0.##;0");
            ws.Cell(row, 3).SetValue(CellText(x.Name));
            ws.Cell(row, 4).SetValue(Formats.RuleRef(x.Location));
        }

        _ = vetoHeader;
        ws.SheetView.Freeze(1, 0);
    }

    /// <summary>The name of a normalisation method (as written in rule files) in the reader's language.</summary>
    public static Entry Normalisation(string method) => method switch
    {
        "goalposts" => Texts.WbNormGoalposts,
        "minmax" => Texts.WbNormMinMax,
        "zscore" => Texts.WbNormZScore,
        "rank" => Texts.WbNormRank,
        "percentile" => Texts.WbNormPercentile,
        "none" => Texts.WbNormNone,
        _ => new Entry(method, method),
    };

    /// <summary>How the quota's q·N is made whole, in the reader's language.</summary>
    public static Entry Rounding(QuotaRounding rounding) => rounding switch
    {
        QuotaRounding.Round => Texts.WbQuotaRoundingRound,
        QuotaRounding.Ceiling => Texts.WbQuotaRoundingCeiling,
        _ => Texts.WbQuotaRoundingFloor,
    };

    /// <summary>The name of a weighting method in the reader's language.</summary>
    public static Entry Weighting(WeightingMethod method) => method switch
    {
        WeightingMethod.Manual => Texts.WbWeightingManual,
        WeightingMethod.Equal => Texts.WbWeightingEqual,
        WeightingMethod.Ahp => Texts.WbWeightingAhp,
        WeightingMethod.Entropy => Texts.WbWeightingEntropy,
        WeightingMethod.Critic => Texts.WbWeightingCritic,
        _ => Texts.WbWeightingCombined,
    };

    /// <summary>The name of an aggregation method in the reader's language.</summary>
    public static Entry Aggregation(AggregationMethod method) =>
        method == AggregationMethod.Geometric ? Texts.WbAggregationGeometric : Texts.WbAggregationArithmetic;
}
