using System.Globalization;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.Rules;

/// <summary>
/// Semantic checks of a rule set, all problems at once, each at the location of the record concerned: ids unique,
/// references resolve, weights positive, goalposts distinct, fractions in range, thresholds ordered, veto tiers sensible.
/// Shape problems (unknown keys, wrong types) are found earlier by the reader.
/// </summary>
internal static class RuleValidator
{
    /// <summary>The largest weight accepted: weights are relative, and larger ones only risk overflow.</summary>
    public const double MaxWeight = 1e6;

    public static void Validate(RuleSet rules, DiagnosticBag bag)
    {
        var at = rules.Location;
        if (rules.Dimensions.Count == 0)
        {
            bag.Error(DiagnosticCodes.MissingKey, at, Texts.NoDimensions);
        }

        var dimIds = new HashSet<string>(StringComparer.Ordinal);
        var indIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in rules.Dimensions)
        {
            if (!dimIds.Add(d.Id))
            {
                bag.Error(DiagnosticCodes.DuplicateId, d.Location ?? at, Texts.DimensionDeclaredTwice.With(d.Id));
            }

            if (rules.Weighting.ForDimensions.Method is WeightingMethod.Manual or WeightingMethod.Combined && !(d.Weight is > 0 and <= MaxWeight))
            {
                bag.Error(DiagnosticCodes.InvalidNumber, d.WeightLocation ?? d.Location ?? at, Texts.DimensionWeightInvalid.With(d.Id, d.Weight));
            }

            if (d.Indicators.Count == 0)
            {
                bag.Error(DiagnosticCodes.MissingKey, d.Location ?? at, Texts.DimensionNoIndicators.With(d.Id));
            }

            foreach (var i in d.Indicators)
            {
                var loc = i.Location ?? d.Location ?? at;
                if (!indIds.Add(i.Id))
                {
                    bag.Error(DiagnosticCodes.DuplicateId, loc, Texts.IndicatorDeclaredTwice.With(i.Id));
                }

                if (rules.Weighting.ForIndicators(d.Id).Method is WeightingMethod.Manual or WeightingMethod.Combined && !(i.Weight is > 0 and <= MaxWeight))
                {
                    bag.Error(DiagnosticCodes.InvalidNumber, i.WeightLocation ?? loc, Texts.IndicatorWeightInvalid.With(i.Id, i.Weight));
                }

                switch (i.Normalisation)
                {
                    case GoalpostsNormalisation g when g.Low == g.High:
                        bag.Error(DiagnosticCodes.InvalidNumber, i.Normalisation.Location ?? loc, Texts.NormalisationEndsEqual.With(i.Id, "goalposts", "low", "high"));
                        break;
                    case ZScoreNormalisation z when !(z.S > 0):
                        bag.Error(DiagnosticCodes.InvalidNumber, i.Normalisation.Location ?? loc, Texts.ZScoreNotPositive.With(i.Id, "zscore", "s"));
                        break;
                    case MinMaxNormalisation m when m.Lo == m.Hi:
                        bag.Error(DiagnosticCodes.InvalidNumber, i.Normalisation.Location ?? loc, Texts.NormalisationEndsEqual.With(i.Id, "minmax", "lo", "hi"));
                        break;
                }

                ValidateMeasure(i, loc, bag);
                if (rules.Aggregation == AggregationMethod.Geometric && !Positive(i.Normalisation))
                {
                    bag.Error(DiagnosticCodes.InvalidValue, i.Normalisation.Location ?? loc,
                        Texts.GeometricNeedsPositive.With(i.Id, i.Normalisation.Method, "{ method: minmax, lo: 1, hi: 100 }"));
                }
            }
        }

        ValidateWeighting(rules, bag);

        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in rules.Adjustments.Deductions.Concat(rules.Adjustments.Bonuses))
        {
            var loc = a.Location ?? at;
            if (!ruleIds.Add(a.Id))
            {
                bag.Error(DiagnosticCodes.DuplicateId, loc, Texts.AdjustmentDeclaredTwice.With(a.Id));
            }

            if (!(a.Points >= 0))
            {
                bag.Error(DiagnosticCodes.InvalidNumber, loc, Texts.AdjustmentPointsNegative.With(a.Id, "points"));
            }

            if (a.Cap is double cap && !(cap >= 0))
            {
                bag.Error(DiagnosticCodes.InvalidNumber, loc, Texts.AdjustmentCapNegative.With(a.Id, "cap"));
            }

            ValidateCondition(a.When, indIds, bag, loc);
        }

        var boundsValid = rules.Adjustments.LowerBound < rules.Adjustments.UpperBound;
        if (!boundsValid)
        {
            bag.Error(DiagnosticCodes.InvalidNumber, rules.Adjustments.Location ?? at, Texts.BoundsInvalid.With("adjustments.bounds"));
        }

        var r = rules.Rating;
        var rloc = r.Location ?? at;
        if (r.MinCoverage is < 0 or > 1 || double.IsNaN(r.MinCoverage))
        {
            bag.Error(DiagnosticCodes.InvalidNumber, rloc, Texts.MinCoverageInvalid.With("rating.min_coverage", r.MinCoverage));
        }

        if (r.Thresholds.VanguardMin < r.Thresholds.LaggardBelow)
        {
            bag.Error(DiagnosticCodes.ThresholdOrder, r.Thresholds.Location ?? rloc,
                Texts.ThresholdsOutOfOrder.With(r.Thresholds.VanguardMin, r.Thresholds.LaggardBelow));
        }

        if (boundsValid && (double)r.Thresholds.VanguardMin > rules.Adjustments.UpperBound)
        {
            bag.Warning(DiagnosticCodes.UnreachableVanguard, r.Thresholds.Location ?? rloc,
                Texts.VanguardUnreachable.With(r.Thresholds.VanguardMin, rules.Adjustments.UpperBound));
        }

        if (boundsValid && (double)r.Thresholds.LaggardBelow <= rules.Adjustments.LowerBound)
        {
            bag.Warning(DiagnosticCodes.UnreachableLaggard, r.Thresholds.Location ?? rloc,
                Texts.LaggardUnreachable.With(r.Thresholds.LaggardBelow, rules.Adjustments.LowerBound));
        }

        if (r.VanguardQuota is decimal q && (q <= 0 || q > 1))
        {
            bag.Error(DiagnosticCodes.InvalidNumber, r.QuotaLocation ?? rloc, Texts.QuotaInvalid.With(q));
        }

        if (r.QuotaMin < 0)
        {
            bag.Error(DiagnosticCodes.InvalidNumber, r.QuotaMinLocation ?? r.QuotaLocation ?? rloc, Texts.QuotaMinInvalid.With(r.QuotaMin));
        }

        if (rules.Trend is { DirectionThreshold: <= 0 } trend)
        {
            bag.Error(DiagnosticCodes.InvalidNumber, trend.Location ?? rloc,
                Texts.TrendThresholdInvalid.With("trend.direction_threshold", trend.DirectionThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (rules.Rollup is { LaggardMinCount: < 1 } rollup)
        {
            bag.Error(DiagnosticCodes.InvalidNumber, rollup.LaggardMinCountLocation ?? rollup.Location ?? rloc, Texts.LaggardMinCountInvalid.With(rollup.LaggardMinCount));
        }

        for (var g = 0; g < r.Grades.Count; g++)
        {
            var band = r.Grades[g];
            var loc = band.Location ?? rloc;
            if (r.Grades.Take(g).Any(x => x.Name == band.Name))
            {
                bag.Error(DiagnosticCodes.DuplicateId, loc, Texts.GradeDeclaredTwice.With(band.Name));
            }

            if (band.Rating == Rating.Unrated)
            {
                bag.Error(DiagnosticCodes.InvalidValue, loc, Texts.GradeUnmapped.With(band.Name));
            }

            if (g > 0 && (r.Grades[g - 1].Min is not decimal prev || (band.Min is decimal min && min >= prev)))
            {
                bag.Error(DiagnosticCodes.ThresholdOrder, loc, Texts.GradesOutOfOrder.With(band.Name, r.Grades[g - 1].Name, "min"));
            }

            if (g > 0 && RatingLabels.Tier(band.Rating) > RatingLabels.Tier(r.Grades[g - 1].Rating))
            {
                bag.Error(DiagnosticCodes.ThresholdOrder, loc, Texts.GradeRatingAbove.With(band.Name));
            }
        }

        var vetoIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in r.Vetoes)
        {
            var loc = v.Location ?? rloc;
            if (!vetoIds.Add(v.Id))
            {
                bag.Error(DiagnosticCodes.DuplicateId, loc, Texts.VetoDeclaredTwice.With(v.Id));
            }

            if (v.Tier is Rating.Unrated || (v.Effect == VetoEffect.Cap && v.Tier == Rating.Vanguard))
            {
                bag.Error(DiagnosticCodes.InvalidValue, loc, Texts.VetoTierInvalid.With(v.Id, v.Effect == VetoEffect.Cap ? "cap" : "force", v.Effect == VetoEffect.Force ? Texts.VetoForceAlsoVanguard : (object)string.Empty));
            }

            ValidateCondition(v.When, indIds, bag, loc);
        }

        foreach (var k in r.TieBreak)
        {
            var loc = k.Location ?? rloc;
            if (k.Kind == TieBreakKind.Dimension && !dimIds.Contains(k.Id!))
            {
                bag.Error(DiagnosticCodes.UnknownReference, loc, Texts.TieBreakUnknownDimension.With(k.Id, "tie_break", Text.Join(Texts.ListSeparator, dimIds.Select(Text.Plain))));
            }
            else if (k.Kind == TieBreakKind.Indicator && !indIds.Contains(k.Id!))
            {
                bag.Error(DiagnosticCodes.UnknownReference, loc, Texts.TieBreakUnknownIndicator.With(k.Id, "tie_break"));
            }
        }
    }

    private static void ValidateWeighting(RuleSet rules, DiagnosticBag bag)
    {
        var w = rules.Weighting;
        if (w.Alpha is < 0 or > 1 || double.IsNaN(w.Alpha))
        {
            bag.Error(DiagnosticCodes.InvalidNumber, w.Location ?? rules.Location, Texts.AlphaInvalid.With("weighting.alpha", w.Alpha));
        }

        foreach (var id in w.Indicators.Keys.Where(k => rules.Dimensions.All(d => d.Id != k)))
        {
            bag.Error(DiagnosticCodes.UnknownReference, w.Indicators[id].Location ?? w.Location, Texts.WeightingUnknownDimension.With("weighting.indicators", id));
        }

        CheckLevel(Texts.WeightLevelDimensions, w.ForDimensions, rules.Dimensions.Count, bag, w.Location ?? rules.Location);
        foreach (var d in rules.Dimensions)
        {
            CheckLevel(Texts.WeightLevelIndicatorsOf.With(d.Id), w.ForIndicators(d.Id), d.Indicators.Count, bag, w.Location ?? d.Location);
        }
    }

    private static void CheckLevel(Text what, LevelWeighting level, int children, DiagnosticBag bag, SourceLocation? fallback)
    {
        if (level.Method != WeightingMethod.Ahp)
        {
            return;
        }

        var loc = level.Location ?? fallback;
        if (level.Matrix is not { } m)
        {
            bag.Error(DiagnosticCodes.MissingKey, loc, Texts.AhpNeedsMatrix.With(what, "matrix"));
            return;
        }

        if (m.GetLength(0) != children || m.GetLength(1) != children)
        {
            bag.Error(DiagnosticCodes.InvalidValue, loc, Texts.AhpMatrixSize.With(what, m.GetLength(0), m.GetLength(1), children));
            return;
        }

        if (Methods.Ahp.Problem(m) is { } problem)
        {
            bag.Error(DiagnosticCodes.InvalidValue, loc, Texts.AhpMatrixProblem.With(what, problem));
            return;
        }

        var r = Methods.Ahp.Compute(m);
        if (!r.Consistent && !level.AllowInconsistent)
        {
            bag.Error(DiagnosticCodes.InvalidNumber, loc, Texts.AhpInconsistent.With(what, r.ConsistencyRatio, "allow_inconsistent: true", "CR"));
        }
    }

    /// <summary>Whether a normalisation only gives values above 0 (what the geometric mean needs).</summary>
    private static bool Positive(NormalisationRule n) => n switch
    {
        MinMaxNormalisation m => m.Lo > 0 && m.Hi > 0,
        RankNormalisation => true,
        _ => false,
    };

    private static void ValidateMeasure(IndicatorRule i, SourceLocation? loc, DiagnosticBag bag)
    {
        var mloc = i.Measure.Location ?? loc;
        switch (i.Measure)
        {
            case MeetingCompletionMeasure m when m.Types.Count == 0:
                bag.Error(DiagnosticCodes.InvalidValue, mloc, Texts.MeasureNeedsMeetingType.With(i.Id, "meeting_completion"));
                break;
            case MeetingCompletionMeasure m when m.ExpectedPerYear.Values.Any(v => !(v > 0)):
                bag.Error(DiagnosticCodes.InvalidNumber, mloc, Texts.ExpectedMeetingsNotPositive.With(i.Id));
                break;
            case AnnualReviewMeasure m when m.Types.Count == 0:
                bag.Error(DiagnosticCodes.InvalidValue, mloc, Texts.MeasureNeedsMeetingType.With(i.Id, "annual_review"));
                break;
            case FindingSeverityMeasure m when !(m.PerMembers > 0) || m.FormWeights.Keys.Any(k => k is < 1 or > 4) || m.FormWeights.Values.Any(v => !(v >= 0)):
                bag.Error(DiagnosticCodes.InvalidNumber, mloc, Texts.FindingSeverityInvalid.With(i.Id));
                break;
            case FindingCountMeasure m when m.Forms is { } forms && (forms.Count == 0 || forms.Any(f => f is < 1 or > 4)):
                bag.Error(DiagnosticCodes.InvalidValue, mloc, Texts.FindingCountFormsInvalid.With(i.Id, "forms", "[" + string.Join(", ", forms.Select(f => f.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]"));
                break;
            case FindingCountMeasure m when !(m.PerMembers > 0) || m.Categories.Count == 0:
                bag.Error(DiagnosticCodes.InvalidNumber, mloc, Texts.FindingCountInvalid.With(i.Id, "categories"));
                break;
            case StudyComplianceMeasure m when (m.HoursPerYear is null && m.PointsPerYear is null) || m.HoursPerYear is <= 0 || m.PointsPerYear is <= 0:
                bag.Error(DiagnosticCodes.InvalidNumber, mloc, Texts.StudyComplianceNoTarget.With(i.Id, "hours", "points"));
                break;
            case StudyFormsMeasure m when m.Forms.Count == 0:
                bag.Error(DiagnosticCodes.InvalidValue, mloc, Texts.StudyFormsNone.With(i.Id));
                break;
            case StudyFormsMeasure m when m.Forms.Any(f => !InputCatalogue.IsStudy(f)):
                // 志愿服务 and any other service form are never study (DOMAIN §5): a study measure may not count them.
                var service = m.Forms.First(f => !InputCatalogue.IsStudy(f));
                bag.Error(DiagnosticCodes.InvalidValue, mloc, Texts.StudyFormsService.With(i.Id, m.Kind, InputCatalogue.StudyForms.CodeOf((int)service), "forms"));
                break;
            case AssessmentRatioMeasure m when m.ItemPrefixes.Count == 0 || m.ItemPrefixes.Any(string.IsNullOrWhiteSpace):
                bag.Error(DiagnosticCodes.InvalidValue, mloc, Texts.AssessmentRatioNoPrefixes.With(i.Id));
                break;
        }
    }

    private static void ValidateCondition(Condition c, HashSet<string> indicators, DiagnosticBag bag, SourceLocation? loc)
    {
        var here = c.Location ?? loc;
        switch (c)
        {
            case IndicatorCondition ic:
                CheckIndicator(ic.Indicator, indicators, bag, here);
                CheckComparison(ic.Comparison, bag, here);
                break;
            case NormalisedCondition nc:
                CheckIndicator(nc.Indicator, indicators, bag, here);
                CheckComparison(nc.Comparison, bag, here);
                break;
            case FactCondition fc:
                CheckComparison(fc.Comparison, bag, here);
                break;
            case CountCondition cc:
                CheckComparison(cc.Comparison, bag, here);
                if (cc.Filter is FindingCountFilter { Finding.Form: { } countForm })
                {
                    CheckForms(countForm, bag, here);
                }

                break;
            case FindingCondition { Filter.Form: { } form }:
                CheckForms(form, bag, here);
                break;
            case AnyCondition { Conditions.Count: 0 } or AllCondition { Conditions.Count: 0 }:
                bag.Error(DiagnosticCodes.InvalidValue, here, Texts.EmptyAnyAll.With("any:", "all:"));
                break;
            case AnyCondition any:
                foreach (var x in any.Conditions) ValidateCondition(x, indicators, bag, here);
                break;
            case AllCondition all:
                foreach (var x in all.Conditions) ValidateCondition(x, indicators, bag, here);
                break;
            case NotCondition not:
                ValidateCondition(not.Inner, indicators, bag, here);
                break;
        }
    }

    private static void CheckIndicator(string id, HashSet<string> indicators, DiagnosticBag bag, SourceLocation? loc)
    {
        if (!indicators.Contains(id))
        {
            bag.Error(DiagnosticCodes.UnknownReference, loc, Texts.ConditionUnknownIndicator.With(id, Text.Join(Texts.ListSeparator, indicators.Order(StringComparer.Ordinal).Select(Text.Plain))));
        }
    }

    private static void CheckForms(IntFilter form, DiagnosticBag bag, SourceLocation? loc)
    {
        var outside = (form.Values ?? []).Where(v => v is < 1 or > 4).Concat(new[] { form.Min, form.Max }.OfType<int>().Where(v => v is < 1 or > 4)).ToArray();
        if (outside.Length > 0)
        {
            bag.Error(DiagnosticCodes.InvalidNumber, loc, Texts.FormOutsideFour.With(Text.Join(Texts.ListSeparator, outside.Select(v => Text.Plain(v.ToString(CultureInfo.InvariantCulture)))), "四种形态"));
        }
    }

    private static void CheckComparison(Comparison cmp, DiagnosticBag bag, SourceLocation? loc)
    {
        if (cmp.IsEmpty)
        {
            bag.Error(DiagnosticCodes.MissingKey, loc, Texts.ComparisonEmpty.With("below", "max", "min", "above"));
        }
    }
}
