using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.Stages.Comparison;

/// <summary>
/// Whether the ratings given as the previous period's (<c>--previous</c>) are of an earlier period than the one rated:
/// this year's own results given as last year's would put every 落后 branch on the 整顿 list. A previous period that
/// starts or ends no earlier than the rated one (the same, later, or overlapping it) is an error; one the file does not
/// name (a bare <c>branch_id,rating</c> file) or that cannot be read is a warning, since it cannot be checked.
/// </summary>
internal static class PreviousPeriodCheck
{
    /// <summary>
    /// The previous period as an output shows it beside the rated one, <c>上一期 2023</c> (<c>上一期 期间未注明</c> when the
    /// previous file names none); empty without previous ratings.
    /// </summary>
    public static string Beside(PreviousRatings? previous, Language language) =>
        previous is null ? string.Empty
            : Texts.PreviousPeriodBeside.Render(language, previous.PeriodLabel ?? Texts.PreviousPeriodNotStated.Render(language));

    /// <summary>Reports on <paramref name="previous"/>, read from <paramref name="file"/>, against the rated <paramref name="period"/>.</summary>
    public static void Check(Period period, PreviousRatings previous, string file, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.InFile(file);
        if (previous.PeriodLabel is not { } label)
        {
            diagnostics.Warning(DiagnosticCodes.PreviousPeriodUnknown, at, Texts.PreviousWithoutPeriod.With(file, period.Label));
            return;
        }

        if (Period.Problem(label) is { } problem)
        {
            diagnostics.Warning(DiagnosticCodes.PreviousPeriodUnknown, at, Texts.PreviousPeriodUnreadable.With(file, label, problem, period.Label));
            return;
        }

        var before = Period.Parse(label);
        if (before.Start == period.Start && before.End == period.End)
        {
            diagnostics.Error(DiagnosticCodes.PreviousNotEarlier, at, Texts.PreviousSamePeriod.With(file, before.Label, period.Label));
        }
        else if (before.Start >= period.Start || before.End >= period.End)
        {
            diagnostics.Error(DiagnosticCodes.PreviousNotEarlier, at, Texts.PreviousLaterPeriod.With(file, before.Label, period.Label));
        }
    }
}
