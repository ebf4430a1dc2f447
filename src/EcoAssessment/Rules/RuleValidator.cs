using System.Globalization;
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
            bag.Error(DiagnosticCodes.MissingKey, at, "the rule set declares no dimensions; declare at least one with its indicators");
        }

        var dimIds = new HashSet<string>(StringComparer.Ordinal);
        var indIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in rules.Dimensions)
        {
            if (!dimIds.Add(d.Id))
            {
                bag.Error(DiagnosticCodes.DuplicateId, d.Location ?? at, $"dimension id '{d.Id}' is declared twice");
            }

            if (rules.Weighting.ForDimensions.Method is WeightingMethod.Manual or WeightingMethod.Combined && !(d.Weight is > 0 and <= MaxWeight))
            {
                bag.Error(DiagnosticCodes.InvalidNumber, d.WeightLocation ?? d.Location ?? at, string.Create(CultureInfo.InvariantCulture, $"dimension '{d.Id}' has weight {d.Weight}; weights must be positive and at most 10^6"));
            }

            if (d.Indicators.Count == 0)
            {
                bag.Error(DiagnosticCodes.MissingKey, d.Location ?? at, $"dimension '{d.Id}' has no indicators; declare at least one");
            }

            foreach (var i in d.Indicators)
            {
                var loc = i.Location ?? d.Location ?? at;
                if (!indIds.Add(i.Id))
                {
                    bag.Error(DiagnosticCodes.DuplicateId, loc, $"indicator id '{i.Id}' is declared twice; ids are unique across dimensions");
                }

                if (rules.Weighting.ForIndicators(d.Id).Method is WeightingMethod.Manual or WeightingMethod.Combined && !(i.Weight is > 0 and <= MaxWeight))
                {
                    bag.Error(DiagnosticCodes.InvalidNumber, i.WeightLocation ?? loc, string.Create(CultureInfo.InvariantCulture, $"indicator '{i.Id}' has weight {i.Weight}; weights must be positive and at most 10^6"));
                }

                switch (i.Normalisation)
                {
                    case GoalpostsNormalisation g when g.Low == g.High:
                        bag.Error(DiagnosticCodes.InvalidNumber, i.Normalisation.Location ?? loc, $"indicator '{i.Id}': goalposts low and high are equal; give two different values");
                        break;
                    case ZScoreNormalisation z when !(z.S > 0):
                        bag.Error(DiagnosticCodes.InvalidNumber, i.Normalisation.Location ?? loc, $"indicator '{i.Id}': zscore s must be positive");
                        break;
                    case MinMaxNormalisation m when m.Lo == m.Hi:
                        bag.Error(DiagnosticCodes.InvalidNumber, i.Normalisation.Location ?? loc, $"indicator '{i.Id}': minmax lo and hi are equal; give two different values");
                        break;
                }

                ValidateMeasure(i, loc, bag);
                if (rules.Aggregation == AggregationMethod.Geometric && !Positive(i.Normalisation))
                {
                    bag.Error(DiagnosticCodes.InvalidValue, i.Normalisation.Location ?? loc,
                        $"indicator '{i.Id}': the geometric mean needs values above 0, and {i.Normalisation.Method} can give 0 or less; normalise to a range starting at 1, e.g. {{ method: minmax, lo: 1, hi: 100 }}");
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
                bag.Error(DiagnosticCodes.DuplicateId, loc, $"adjustment id '{a.Id}' is declared twice");
            }

            if (!(a.Points >= 0))
            {
                bag.Error(DiagnosticCodes.InvalidNumber, loc, $"adjustment '{a.Id}': points must be ≥ 0 (a deduction subtracts them)");
            }

            if (a.Cap is double cap && !(cap >= 0))
            {
                bag.Error(DiagnosticCodes.InvalidNumber, loc, $"adjustment '{a.Id}': cap must be ≥ 0");
            }

            ValidateCondition(a.When, indIds, bag, loc);
        }

        var boundsValid = rules.Adjustments.LowerBound < rules.Adjustments.UpperBound;
        if (!boundsValid)
        {
            bag.Error(DiagnosticCodes.InvalidNumber, rules.Adjustments.Location ?? at, "adjustments.bounds must be [lower, upper] with lower < upper");
        }

        var r = rules.Rating;
        var rloc = r.Location ?? at;
        if (r.MinCoverage is < 0 or > 1 || double.IsNaN(r.MinCoverage))
        {
            bag.Error(DiagnosticCodes.InvalidNumber, rloc, string.Create(CultureInfo.InvariantCulture, $"rating.min_coverage is {r.MinCoverage}; give a fraction from 0 to 1 (0.7 = 70 %)"));
        }

        if (r.Thresholds.VanguardMin < r.Thresholds.LaggardBelow)
        {
            bag.Error(DiagnosticCodes.ThresholdOrder, r.Thresholds.Location ?? rloc,
                string.Create(CultureInfo.InvariantCulture, $"先锋.min {r.Thresholds.VanguardMin} is below 落后.below {r.Thresholds.LaggardBelow}; 先锋 must start at or above where 落后 ends"));
        }

        if (boundsValid && (double)r.Thresholds.VanguardMin > rules.Adjustments.UpperBound)
        {
            bag.Warning(DiagnosticCodes.UnreachableVanguard, r.Thresholds.Location ?? rloc,
                string.Create(CultureInfo.InvariantCulture, $"先锋.min {r.Thresholds.VanguardMin} is above the highest possible score {rules.Adjustments.UpperBound}; no branch can be 先锋"));
        }

        if (boundsValid && (double)r.Thresholds.LaggardBelow <= rules.Adjustments.LowerBound)
        {
            bag.Warning(DiagnosticCodes.UnreachableLaggard, r.Thresholds.Location ?? rloc,
                string.Create(CultureInfo.InvariantCulture, $"落后.below {r.Thresholds.LaggardBelow} is at or below the lowest possible score {rules.Adjustments.LowerBound}; only vetoes can give 落后"));
        }

        if (r.VanguardQuota is decimal q && (q <= 0 || q > 1))
        {
            bag.Error(DiagnosticCodes.InvalidNumber, r.QuotaLocation ?? rloc, string.Create(CultureInfo.InvariantCulture, $"rating.quota.先锋 is {q}; give a share in (0, 1] such as 0.30"));
        }

        for (var g = 0; g < r.Grades.Count; g++)
        {
            var band = r.Grades[g];
            var loc = band.Location ?? rloc;
            if (r.Grades.Take(g).Any(x => x.Name == band.Name))
            {
                bag.Error(DiagnosticCodes.DuplicateId, loc, $"grade '{band.Name}' is declared twice");
            }

            if (band.Rating == Rating.Unrated)
            {
                bag.Error(DiagnosticCodes.InvalidValue, loc, $"grade '{band.Name}' must map onto 先锋, 中间 or 落后");
            }

            if (g > 0 && (r.Grades[g - 1].Min is not decimal prev || (band.Min is decimal min && min >= prev)))
            {
                bag.Error(DiagnosticCodes.ThresholdOrder, loc, $"grades are listed from the highest: '{band.Name}' must have a lower min than '{r.Grades[g - 1].Name}', and only the last grade may omit min");
            }

            if (g > 0 && RatingLabels.Tier(band.Rating) > RatingLabels.Tier(r.Grades[g - 1].Rating))
            {
                bag.Error(DiagnosticCodes.ThresholdOrder, loc, $"grade '{band.Name}' maps onto a higher rating than the grade above it");
            }
        }

        var vetoIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in r.Vetoes)
        {
            var loc = v.Location ?? rloc;
            if (!vetoIds.Add(v.Id))
            {
                bag.Error(DiagnosticCodes.DuplicateId, loc, $"veto id '{v.Id}' is declared twice");
            }

            if (v.Tier is Rating.Unrated || (v.Effect == VetoEffect.Cap && v.Tier == Rating.Vanguard))
            {
                bag.Error(DiagnosticCodes.InvalidValue, loc, $"veto '{v.Id}': {(v.Effect == VetoEffect.Cap ? "cap" : "force")} takes 中间 or 落后{(v.Effect == VetoEffect.Force ? " (or 先锋)" : string.Empty)}");
            }

            ValidateCondition(v.When, indIds, bag, loc);
        }

        foreach (var k in r.TieBreak)
        {
            var loc = k.Location ?? rloc;
            if (k.Kind == TieBreakKind.Dimension && !dimIds.Contains(k.Id!))
            {
                bag.Error(DiagnosticCodes.UnknownReference, loc, $"tie_break names dimension '{k.Id}', which is not declared; declared: {string.Join(", ", dimIds)}");
            }
            else if (k.Kind == TieBreakKind.Indicator && !indIds.Contains(k.Id!))
            {
                bag.Error(DiagnosticCodes.UnknownReference, loc, $"tie_break names indicator '{k.Id}', which is not declared");
            }
        }
    }

    private static void ValidateWeighting(RuleSet rules, DiagnosticBag bag)
    {
        var w = rules.Weighting;
        if (w.Alpha is < 0 or > 1 || double.IsNaN(w.Alpha))
        {
            bag.Error(DiagnosticCodes.InvalidNumber, w.Location ?? rules.Location, string.Create(CultureInfo.InvariantCulture, $"weighting.alpha is {w.Alpha}; give the subjective share from 0 to 1"));
        }

        foreach (var id in w.Indicators.Keys.Where(k => rules.Dimensions.All(d => d.Id != k)))
        {
            bag.Error(DiagnosticCodes.UnknownReference, w.Indicators[id].Location ?? w.Location, $"weighting.indicators names dimension '{id}', which is not declared");
        }

        CheckLevel("the dimensions", w.ForDimensions, rules.Dimensions.Count, bag, w.Location ?? rules.Location);
        foreach (var d in rules.Dimensions)
        {
            CheckLevel($"the indicators of '{d.Id}'", w.ForIndicators(d.Id), d.Indicators.Count, bag, w.Location ?? d.Location);
        }
    }

    private static void CheckLevel(string what, LevelWeighting level, int children, DiagnosticBag bag, SourceLocation? fallback)
    {
        if (level.Method != WeightingMethod.Ahp)
        {
            return;
        }

        var loc = level.Location ?? fallback;
        if (level.Matrix is not { } m)
        {
            bag.Error(DiagnosticCodes.MissingKey, loc, $"AHP weights for {what} need a matrix: the pairwise comparisons, in the order they are declared");
            return;
        }

        if (m.GetLength(0) != children || m.GetLength(1) != children)
        {
            bag.Error(DiagnosticCodes.InvalidValue, loc, $"the AHP matrix for {what} is {m.GetLength(0)}×{m.GetLength(1)}, but there are {children}; give one row and column per child, in declared order");
            return;
        }

        if (Methods.Ahp.Problem(m) is { } problem)
        {
            bag.Error(DiagnosticCodes.InvalidValue, loc, $"the AHP matrix for {what}: {problem}");
            return;
        }

        var r = Methods.Ahp.Compute(m);
        if (!r.Consistent && !level.AllowInconsistent)
        {
            bag.Error(DiagnosticCodes.InvalidNumber, loc, string.Create(CultureInfo.InvariantCulture,
                $"the AHP matrix for {what} is inconsistent: CR = {r.ConsistencyRatio:0.000} ≥ 0.1; revise the judgements, or add allow_inconsistent: true"));
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
                bag.Error(DiagnosticCodes.InvalidValue, mloc, $"indicator '{i.Id}': meeting_completion needs at least one meeting type");
                break;
            case MeetingCompletionMeasure m when m.ExpectedPerYear.Values.Any(v => !(v > 0)):
                bag.Error(DiagnosticCodes.InvalidNumber, mloc, $"indicator '{i.Id}': expected meetings per year must be positive");
                break;
            case AnnualReviewMeasure m when m.Types.Count == 0:
                bag.Error(DiagnosticCodes.InvalidValue, mloc, $"indicator '{i.Id}': annual_review needs at least one meeting type");
                break;
            case FindingSeverityMeasure m when !(m.PerMembers > 0) || m.FormWeights.Keys.Any(k => k is < 1 or > 4) || m.FormWeights.Values.Any(v => !(v >= 0)):
                bag.Error(DiagnosticCodes.InvalidNumber, mloc, $"indicator '{i.Id}': per_members must be positive and form_weights map forms 1–4 to weights ≥ 0");
                break;
            case FindingCountMeasure m when !(m.PerMembers > 0) || m.Categories.Count == 0:
                bag.Error(DiagnosticCodes.InvalidNumber, mloc, $"indicator '{i.Id}': finding_count needs categories and a positive per_members");
                break;
            case StudyComplianceMeasure m when (m.HoursPerYear is null && m.PointsPerYear is null) || m.HoursPerYear is <= 0 || m.PointsPerYear is <= 0:
                bag.Error(DiagnosticCodes.InvalidNumber, mloc, $"indicator '{i.Id}': study_compliance needs a positive target: hours and/or points a year");
                break;
            case StudyFormsMeasure m when m.Forms.Count == 0:
                bag.Error(DiagnosticCodes.InvalidValue, mloc, $"indicator '{i.Id}': study_forms needs the list of forms to count");
                break;
            case AssessmentRatioMeasure m when m.ItemPrefixes.Count == 0 || m.ItemPrefixes.Any(string.IsNullOrWhiteSpace):
                bag.Error(DiagnosticCodes.InvalidValue, mloc, $"indicator '{i.Id}': assessment_ratio needs item prefixes such as [CO-]");
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
                bag.Error(DiagnosticCodes.InvalidValue, here, "any: and all: need at least one condition (an empty all: would hold for every branch)");
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
            bag.Error(DiagnosticCodes.UnknownReference, loc, $"condition names indicator '{id}', which is not declared; declared: {string.Join(", ", indicators.Order(StringComparer.Ordinal))}");
        }
    }

    private static void CheckForms(IntFilter form, DiagnosticBag bag, SourceLocation? loc)
    {
        var outside = (form.Values ?? []).Where(v => v is < 1 or > 4).Concat(new[] { form.Min, form.Max }.OfType<int>().Where(v => v is < 1 or > 4)).ToArray();
        if (outside.Length > 0)
        {
            bag.Error(DiagnosticCodes.InvalidNumber, loc, $"form {string.Join(", ", outside)} is not one of the 四种形态 1–4; the condition could never match");
        }
    }

    private static void CheckComparison(Comparison cmp, DiagnosticBag bag, SourceLocation? loc)
    {
        if (cmp.IsEmpty)
        {
            bag.Error(DiagnosticCodes.MissingKey, loc, "the comparison has no comparator; add below, max, min or above");
        }
    }
}
