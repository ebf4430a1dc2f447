using System.Globalization;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.IO.Output;

/// <summary>
/// What a 支部告知单 says, computed from the results (no layout): the rating and its reasons in one paragraph, the points
/// the next tier needs, the three changes of least effort (<see cref="Gap"/>), the vetoes to clear, and the change since
/// the last period. <c>eco explain --card</c> prints it, <c>eco evaluate --cards</c> lays one out per page.
/// </summary>
internal static class CardContent
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The cards of every branch, in the results' order (rank, then id; 未定级 last).</summary>
    public static IReadOnlyList<OfficialPage> All(Assessment a, Language language) => a.Results.Select(r => Build(a, r, language)).ToArray();

    /// <summary>The card of <paramref name="r"/>.</summary>
    public static OfficialPage Build(Assessment a, BranchResult r, Language language)
    {
        string T(Entry e, params object?[] args) => e.Render(language, args);
        var blocks = new List<Block>
        {
            new(BlockKind.Subtitle, T(Texts.CardHeader, r.Branch.Name, r.BranchId)),
            new(BlockKind.Subtitle, T(Texts.CardHeaderUnit, r.Branch.Unit, a.Period.Label)),
            new(BlockKind.Heading, T(Texts.CardSectionRating)),
        };
        var reasons = r.DescribeReasons(language);
        var rated = a.Results.Count(x => x.Rating != Rating.Unrated);
        var rating = r.Rating == Rating.Unrated
            ? T(Texts.CardRatingUnrated, reasons)
            : T(Texts.CardRating, Formats.Score(r.Score), rated, r.Rank, RatingLabels.Chinese(r.Rating), reasons);
        if (r.Deductions > 0 || r.Bonuses > 0)
        {
            rating += T(Texts.CardAdjustments, Points(r.Deductions), Points(r.Bonuses));
        }

        blocks.Add(new(BlockKind.Body, rating));

        var plan = Gap.For(a, r);
        blocks.Add(new(BlockKind.Heading, T(Texts.CardSectionGap)));
        blocks.Add(new(BlockKind.Body, GapLine(a, r, plan, language)));

        blocks.Add(new(BlockKind.Heading, T(Texts.CardSectionChanges)));
        if (plan.Needed is not double needed || needed <= 0)
        {
            blocks.Add(new(BlockKind.Body, T(Texts.CardChangesNone)));
        }
        else if (plan.Changes.Count == 0)
        {
            blocks.Add(new(BlockKind.Body, T(Texts.CardChangesNoRoom)));
        }
        else
        {
            var k = 0;
            foreach (var c in plan.Changes)
            {
                var up = c.Indicator.Direction == Direction.Higher;
                blocks.Add(new(BlockKind.Body, T(up ? Texts.CardChangeUp : Texts.CardChangeDown, ++k, c.Indicator.Name,
                    Value(c.From, c.Unit, language, Toward.Nearest), Value(c.To, c.Unit, language, up ? Toward.Up : Toward.Down), Points(c.Points))));
            }

            if (!plan.Closed)
            {
                blocks.Add(new(BlockKind.Body, T(Texts.CardChangesShort, Points(needed - plan.Changes.Sum(c => c.Points)))));
            }

            blocks.Add(new(BlockKind.Body, T(Texts.CardChangesMethod)));
        }

        blocks.Add(new(BlockKind.Heading, T(Texts.CardSectionVetoes)));
        if (plan.Vetoes.Count == 0)
        {
            blocks.Add(new(BlockKind.Body, T(Texts.CardVetoesNone)));
        }
        else
        {
            var traces = r.VetoTracesIn(language).Where(v => v.Fired && v.Changed);
            var names = ReadableTrace.Names(a.Rules);
            blocks.AddRange(traces.Select(v => new Block(BlockKind.Body, T(Texts.CardVeto, v.Name, ReadableTrace.Of(v.Trace, names, language).TrimEnd('。', '.')))));
        }

        blocks.Add(new(BlockKind.Heading, T(Texts.CardSectionChange)));
        blocks.Add(new(BlockKind.Body, Since(a, r, language)));
        return new OfficialPage(T(Texts.CardTitle), RunIn(blocks, language));
    }

    /// <summary>Each heading run in at the start of the paragraph after it (一、评定结果。你支部…): a card keeps to one page.</summary>
    private static List<Block> RunIn(List<Block> blocks, Language language)
    {
        var folded = new List<Block>(blocks.Count);
        string? lead = null;
        foreach (var b in blocks)
        {
            if (b.Kind == BlockKind.Heading)
            {
                lead = Texts.BriefLead.Render(language, b.Text);
                continue;
            }

            folded.Add(lead is null ? b : b with { Lead = lead });
            lead = null;
        }

        return folded;
    }

    private static string GapLine(Assessment a, BranchResult r, GapPlan plan, Language language)
    {
        var line = a.Rules.Rating.Thresholds;
        if (r.Rating == Rating.Vanguard)
        {
            return Texts.CardGapTop.Render(language, Points((double)(r.Score ?? 0) - (double)line.VanguardMin), Formats.Score(line.VanguardMin));
        }

        if (plan.Next is not Rating next || plan.Target is not double target || plan.Needed is not double needed)
        {
            return Texts.CardGapUnrated.Render(language);
        }

        var threshold = next == Rating.Vanguard ? line.VanguardMin : line.LaggardBelow;
        if (plan.ByQuota)
        {
            return Texts.CardGapQuota.Render(language, Formats.Score(threshold), Formats.Score((decimal)Math.Round(target - 0.01, 2)), Points(needed));
        }

        return needed <= 0
            ? Texts.CardGapEnough.Render(language, RatingLabels.Chinese(next), Formats.Score(threshold))
            : Texts.CardGapThreshold.Render(language, RatingLabels.Chinese(next), Formats.Score(threshold), Points(needed));
    }

    private static string Since(Assessment a, BranchResult r, Language language)
    {
        if (a.Previous is null)
        {
            return Texts.CardNoPrevious.Render(language);
        }

        if (r.PreviousRating is not Rating before)
        {
            return Texts.CardPreviousNew.Render(language);
        }

        var transition = Texts.Transition(r.Transition)?.Render(language) ?? RatingLabels.Chinese(r.Rating);
        var text = Texts.CardPrevious.Render(language, RatingLabels.Chinese(before), RatingLabels.Chinese(r.Rating), transition);
        return r.Rectification == true ? text + Texts.CardRectification.Render(language) : text;
    }

    /// <summary>Which way a value is rounded for display: a target is rounded so that reaching the shown value reaches the target.</summary>
    internal enum Toward
    {
        Nearest,
        Up,
        Down,
    }

    /// <summary>A value in its indicator's unit: a rate as a per cent with one decimal (82.5%), hours with one, other numbers with two.</summary>
    internal static string Value(double v, IndicatorUnit unit, Language language, Toward toward)
    {
        var (scaled, decimals) = unit == IndicatorUnit.Percent ? (v * 100, 1) : unit == IndicatorUnit.Hours ? (v, 1) : (v, 2);
        var f = Math.Pow(10, decimals);
        var rounded = toward switch
        {
            Toward.Up => Math.Ceiling((scaled * f) - 1e-9) / f,
            Toward.Down => Math.Floor((scaled * f) + 1e-9) / f,
            _ => Math.Round(scaled * f, MidpointRounding.AwayFromZero) / f,
        };
        var number = rounded.ToString(decimals == 1 ? "0.#" : "0.##", Inv);
        return unit switch
        {
            IndicatorUnit.Percent => Texts.CardPercent.Render(language, number),
            IndicatorUnit.Hours => Texts.CardHours.Render(language, number),
            _ => number,
        };
    }

    private static string Points(double v) => v.ToString("0.00", Inv);
}
