using EcoAssessment.Catalogue;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Stages.Treatment;

/// <summary>
/// Step 4b (optional) over the stage tables: outlier treatment of each indicator's derived values in place
/// (<see cref="Winsorisation"/>), setting <see cref="StageTables.Treated"/> and the details of the values it changed.
/// 容错免责 needs no table: it is applied where findings are counted (<see cref="ToleranceTreatment"/>).
/// </summary>
internal static class TreatmentStage
{
    public static void Apply(StageTables t)
    {
        if (!t.Rules.Outliers.Winsorise)
        {
            return;
        }

        var raw = t.Raw;
        var nb = t.BranchCount;
        var ni = t.IndicatorCount;
        var details = t.Details ??= [];
        var flags = new bool[nb * ni];
        for (var i = 0; i < ni; i++)
        {
            var column = new double[nb];
            for (var b = 0; b < nb; b++)
            {
                column[b] = raw[(b * ni) + i];
            }

            var before = (double[])column.Clone();
            if (Winsorisation.Apply(column, t.Eligible, t.Rules.Outliers.MaxPoints) is not { } treatment)
            {
                continue;
            }

            var how = treatment.Logged ? Texts.TreatLogged.Render(t.Language) : Texts.TreatWinsorised.Render(t.Language, treatment.Winsorised);
            for (var b = 0; b < nb; b++)
            {
                if (!double.IsNaN(before[b]) && column[b] != before[b])
                {
                    var cell = (b * ni) + i;
                    details[cell] = Texts.TreatedDetail.Render(t.Language, t.Detail(b, i), how, Math.Round(before[b], 4), Math.Round(column[b], 4));
                    raw[cell] = column[b];
                    flags[cell] = true;
                }
            }
        }

        t.Treated = flags;
        t.Details = details.Count > 0 ? details : null;
    }
}
