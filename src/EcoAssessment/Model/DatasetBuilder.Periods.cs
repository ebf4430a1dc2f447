using System.Runtime.CompilerServices;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;

namespace EcoAssessment.Model;

/// <summary>
/// The builder and the period while the rows come in: whether a dated row is in the given period, and the rows labelled
/// with a period (assessments, indicator values). What lies inside and outside is counted in the tally, for the period
/// stage's messages (rows left out, rows dated after the period, a period none of the records falls in).
/// </summary>
internal sealed partial class DatasetBuilder
{
    /// <summary>Whether a dated row of a table is in the period; one outside it is counted (left out), and without a
    /// given period the row's year is counted.</summary>
    public bool InPeriod(InputTable table, DateOnly date)
    {
        if (_period is null)
        {
            _tally.Track(date);
            return true;
        }

        if (_period.Contains(date))
        {
            _tally.Inside++;
            return true;
        }

        _tally.CountOutside(table, date, _period.End);
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddAssessment(AssessmentRecord r)
    {
        if (!TryBranch(r.BranchId, r.Location, out var b))
        {
            return;
        }

        if (TooLarge(r.Score) || TooLarge(r.MaxScore))
        {
            _diagnostics.Error(DiagnosticCodes.OutOfRange, Where(r.Location).WithColumn(TooLarge(r.Score) ? "score" : "max_score"), Texts.ScoreTooLarge);
            return;
        }

        if (_requirements.MaxScore && r.MaxScore is null)
        {
            _diagnostics.Error(DiagnosticCodes.MissingMaxScore, Where(r.Location).WithColumn("max_score"),
                Texts.ItemNoMaxScore.With(r.Item));
            return;
        }

        if (r.Period is not null && _period is not null && !_tally.OfPeriod(InputTable.Assessments, r.Period, _period))
        {
            return;
        }

        b.AssessmentList.Add(r);
    }

    public void AddIndicatorValue(IndicatorValueRecord r)
    {
        if (!TryBranch(r.BranchId, r.Location, out var b))
        {
            return;
        }

        if (r.Period is not null && _period is not null && !_tally.OfPeriod(InputTable.Indicators, r.Period, _period))
        {
            return;
        }

        if (!_tally.IndicatorValues.TryGetValue(b.BranchId, out var list))
        {
            _tally.IndicatorValues[b.BranchId] = list = [];
        }

        list.Add(r);
    }
}
