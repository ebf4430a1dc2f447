using System.Globalization;
using System.Text;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.IO.Output;

/// <summary>
/// The whole path of one branch's rating as text a clerk can follow (Chinese by default): each indicator's raw value and
/// how it was derived, normalised value, weight and contribution; each dimension; deductions with the findings behind
/// them; every veto considered and whether it fired; coverage, thresholds, dynamic limit and quota; the rating.
/// </summary>
internal static class ExplanationText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static string N(double? v, int decimals = 4) =>
        v is double d && double.IsFinite(d) ? (Math.Round(d, decimals) + 0.0).ToString("0.####", Inv) : "—";

    private static string Pct(double? v) => v is double d ? (d * 100).ToString("0.#", Inv) + "%" : "—";

    public static string Render(Assessment a, BranchResult r, Language language = Language.Zh)
    {
        string T(Entry e, params object?[] args) => e.Render(language, args);
        static string L(Rating x) => RatingLabels.Chinese(x); // rating values never change with the language
        var rated = a.Results.Count(x => x.Rating != Rating.Unrated);
        var sb = new StringBuilder();
        sb.Append(Inv, $"{r.Branch.Name} ({r.BranchId}) · {r.Branch.Unit} · {a.Period.Label}");
        if (a.Previous is not null)
        {
            sb.Append(" · ").Append(Stages.Comparison.PreviousPeriodCheck.Beside(a.Previous, language));
        }

        sb.Append('\n');
        sb.Append(T(Texts.ExplainRules, a.Rules.Name, a.Rules.Id, a.Rules.Version)).Append('\n');
        sb.Append(T(Texts.ExplainRatingScore, L(r.Rating), Formats.Score(r.Score), N(r.ScoreUnrounded, 6)));
        sb.Append(T(Texts.ExplainRankCoverage, r.Rank is int rank ? $"{rank} / {rated}" : "—", N(r.Coverage))).Append("\n\n");

        sb.Append(T(Texts.ExplainIndicatorsHeading)).Append('\n');
        var indicators = r.IndicatorsIn(language); // built once: a result of Plan.Run builds its traces each time they are read
        var vetoTraces = r.VetoTracesIn(language);
        foreach (var d in r.Dimensions)
        {
            sb.Append(T(Texts.ExplainDimension, d.Name, d.Id, N(d.Score, 2), Pct(d.Weight))).Append('\n');
            foreach (var i in indicators.Where(x => x.Dimension == d.Id))
            {
                sb.Append(Inv, $"  {i.Name} ({i.Id})   [{Formats.RuleRef(i.Rule)}]\n");
                sb.Append("      ").Append(T(Texts.ExplainIndicatorValues, N(i.Raw), N(i.Normalised, 2), Pct(i.WeightInDimension), N(i.Contribution), Pct(i.DeclaredShare))).Append('\n');
                sb.Append(Inv, $"      {i.Detail}\n");
            }
        }

        sb.Append(T(Texts.ExplainAggregate, N(r.Aggregate))).Append("\n\n");

        sb.Append(T(Texts.ExplainAdjustmentsHeading)).Append('\n');
        var adjustments = r.AdjustmentsIn(language);
        if (adjustments.Count == 0)
        {
            sb.Append("  ").Append(T(Texts.ExplainNoAdjustments)).Append('\n');
        }

        foreach (var x in adjustments)
        {
            var sign = x.IsDeduction ? "−" : "+";
            sb.Append("  ").Append(T(Texts.ExplainAdjustment, x.Name, x.Id, sign + N(x.Points), x.Trace, Formats.RuleRef(x.Rule))).Append('\n');
        }

        sb.Append("  ").Append(T(Texts.ExplainScoreFormula, N(r.Aggregate), N(r.Deductions), N(r.Bonuses), N(r.ScoreUnrounded, 6), Formats.Score(r.Score))).Append("\n\n");

        sb.Append(T(Texts.ExplainVetoesHeading)).Append('\n');
        if (vetoTraces.Count == 0)
        {
            sb.Append("  ").Append(T(Texts.ExplainNoVetoes)).Append('\n');
        }

        foreach (var v in vetoTraces)
        {
            var state = T(v.Fired ? Texts.ExplainVetoFired : v.NotYetDueBy is not null ? Texts.ExplainVetoStateNotYetDue : Texts.ExplainVetoNotFired);
            var effect = T(v.Effect == VetoEffect.Force ? Texts.ExplainVetoForce : Texts.ExplainVetoCap, L(v.Tier));
            var changed = v.Fired ? T(v.Changed ? Texts.ExplainVetoChanged : Texts.ExplainVetoUnchanged) : string.Empty;
            sb.Append(Inv, $"  [{state}] {v.Name} ({v.Id}, {effect}){changed}   [{Formats.RuleRef(v.Rule)}]\n      {v.Trace}\n");
            if (v.NotYetDueBy is DateOnly due)
            {
                sb.Append("      ").Append(T(Texts.ExplainVetoNotYetDue, v.Name, due.ToString("yyyy-MM-dd", Inv))).Append('\n');
            }
        }

        sb.Append('\n').Append(T(Texts.ExplainStepsHeading)).Append('\n');
        var min = a.Rules.Rating.MinCoverage;
        var step = 1;
        sb.Append(Inv, $"  {step++}. ").Append(T(Texts.ExplainStepCoverage, N(r.Coverage), Math.Round(r.Coverage, 9) < min ? "<" : "≥", N(min))).Append('\n');
        if (r.ThresholdRating is Rating t)
        {
            var thresholds = a.Rules.Rating.Thresholds;
            sb.Append(Inv, $"  {step++}. ").Append(T(Texts.ExplainStepThresholds, L(t), thresholds.VanguardMin.ToString("0.##", Inv), thresholds.LaggardBelow.ToString("0.##", Inv)));
            sb.Append(Inv, $"   [{Formats.RuleRef(thresholds.Location)}]\n");
        }

        var fired = vetoTraces.Where(v => v.Fired).Select(v => v.Id).ToArray();
        sb.Append(Inv, $"  {step++}. ").Append(T(Texts.ExplainStepVetoes, fired.Length == 0 ? T(Texts.ExplainNone) : string.Join(Texts.ListSeparator.Template(language), fired))).Append('\n');
        var (dynamicNote, quotaNote) = r.NotesIn(language);
        var dynamic = dynamicNote ?? (a.Previous is null ? T(Texts.ExplainNoPreviousGiven)
            : r.PreviousRating is null ? T(Texts.ExplainNewBranch) : T(Texts.ExplainDoesNotApply));
        sb.Append(Inv, $"  {step++}. ").Append(T(Texts.ExplainStepDynamic, dynamic)).Append('\n');
        sb.Append(Inv, $"  {step++}. ").Append(T(Texts.ExplainStepQuota, quotaNote ?? T(Texts.ExplainNotInQuota))).Append('\n');
        if (r.Transition is { } tr)
        {
            sb.Append("  ").Append(T(Texts.ExplainTransition, Transition(tr, language), r.Rectification == true ? T(Texts.ExplainRectification) : string.Empty)).Append('\n');
        }

        sb.Append("  ").Append(T(Texts.ExplainReasons, Formats.Reasons(r, language))).Append('\n');
        sb.Append(T(Texts.ExplainResult, L(r.Rating))).Append('\n');
        return sb.ToString();
    }

    /// <summary>A transition token (up, down, same, new) in the reader's language.</summary>
    private static string Transition(string token, Language language) => Texts.Transition(token)?.Template(language) ?? token;
}
