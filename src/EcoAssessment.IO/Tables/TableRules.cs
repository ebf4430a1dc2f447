using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Ingest;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Tables;

/// <summary>What every reader of a table (CSV file or workbook sheet) checks alike: the table's kind and the rule set's columns.</summary>
internal static class TableRules
{
    /// <summary>The kind of table a catalogue table is.</summary>
    public static InputTable KindOf(TableSpec t) => t.Name switch
    {
        "branches" => InputTable.Branches,
        "members" => InputTable.Members,
        "meetings" => InputTable.Meetings,
        "study" => InputTable.Study,
        "assessments" => InputTable.Assessments,
        "findings" => InputTable.Findings,
        _ => InputTable.Indicators,
    };

    /// <summary>Columns the rule set needs beyond the catalogue's required ones; reports the missing one at the header.</summary>
    public static bool MeetsRequirements(TableSpec table, TableLayout layout, IngestLane builder, DiagnosticBag bag, TableOrigin origin)
    {
        if (table.Name == "assessments" && builder.Requirements.MaxScore && !layout.Columns.ContainsKey("max_score"))
        {
            bag.Error(DiagnosticCodes.MissingColumn, origin.Header(),
                Texts.ReadNeedsMaxScore.With(table.Name, CodeTexts.List(["分值", "满分"]), "score"));
            return false;
        }

        return true;
    }
}
