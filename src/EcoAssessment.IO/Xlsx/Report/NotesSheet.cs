using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using static EcoAssessment.IO.Xlsx.SheetStyle;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>说明 (Notes): what each sheet and column means.</summary>
internal static class NotesSheet
{
    public static void Write(IXLWorksheet ws, Assessment a, Labels t)
    {
        Header(ws, 1, [(t[Texts.WbColSheet], 12), (t[Texts.WbColColumn], 20), (t[Texts.WbColMeaning], 100)]);
        Entry? none = null;
        var notes = new (Entry Sheet, Entry? Column, Entry Meaning)[]
        {
            (Texts.WbSheetSummary, none, Texts.WbNoteSummary),
            (Texts.WbSheetRanking, Texts.WbColRank, Texts.WbNoteRank),
            (Texts.WbSheetRanking, Texts.WbColScore, Texts.WbNoteScore),
            (Texts.WbSheetRanking, Texts.WbColRating, Texts.WbNoteRating),
            (Texts.WbSheetRanking, Texts.WbColCoverage, Texts.WbNoteCoverage),
            (Texts.WbSheetRanking, Texts.WbColReasons, Texts.WbNoteReasons),
            (Texts.WbSheetDetails, Texts.WbColDimensions, Texts.WbNoteDimensions),
            (Texts.WbSheetDetails, Texts.WbColIndicators, Texts.WbNoteIndicators),
            (Texts.WbSheetDeductions, none, Texts.WbNoteDeductions),
            (Texts.WbSheetUnits, none, Texts.WbNoteUnits),
            (Texts.WbSheetTransitions, none, Texts.WbNoteTransitions),
            (Texts.WbSheetRules, none, Texts.WbNoteRules),
        };
        var row = 1;
        foreach (var n in notes)
        {
            if (n.Sheet == Texts.WbSheetTransitions && a.Previous is null)
            {
                continue;
            }

            row++;
            ws.Cell(row, 1).SetValue(t[n.Sheet]);
            ws.Cell(row, 2).SetValue(n.Column is { } column ? t[column] : string.Empty);
            ws.Cell(row, 3).SetValue(n.Meaning == Texts.WbNoteRating
                ? t.Render(n.Meaning, RatingLabels.Chinese(Rating.Vanguard), RatingLabels.Chinese(Rating.Middle), RatingLabels.Chinese(Rating.Laggard), RatingLabels.Chinese(Rating.Unrated))
                : n.Meaning == Texts.WbNoteTransitions
                    ? t[n.Meaning] + " " + t.Render(Texts.WbNotePreviousPeriod, a.Previous!.PeriodLabel ?? t[Texts.PreviousPeriodNotStated])
                    : t[n.Meaning]);
            ws.Cell(row, 3).Style.Alignment.WrapText = true;
        }

        ws.SheetView.Freeze(1, 0);
    }
}
