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
        "units" => InputTable.Units,
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

        return NeededColumns(table, layout, builder.Requirements, bag, origin);
    }

    /// <summary>Captions that are never a column the rule set reads (a row number, remarks), so never the one meant.</summary>
    private static readonly string[] Harmless = ["序号", "编号序号", "备注", "说明", "备考", "填表人", "联系人", "联系电话", "no", "no.", "remarks", "notes"];

    /// <summary>
    /// The optional columns the rule set reads that the table lacks: when the header holds a caption that was not
    /// recognised, it may well be the column under another name, so that is an error at that caption (ECO0272: a veto
    /// that reads form would otherwise see no form at all); with no such caption, a warning (ECO0273).
    /// </summary>
    private static bool NeededColumns(TableSpec table, TableLayout layout, DatasetRequirements requirements, DiagnosticBag bag, TableOrigin origin)
    {
        var kind = KindOf(table);
        if (kind is InputTable.Indicators or InputTable.Branches or InputTable.Units)
        {
            return true;
        }

        var unknown = layout.Extra.Where(e => !Harmless.Contains(e.Name, StringComparer.OrdinalIgnoreCase)).ToArray();
        var ok = true;
        foreach (var group in requirements.Columns.Where(c => c.Table == kind && !layout.Columns.ContainsKey(c.Column)).GroupBy(c => c.Column))
        {
            var spec = table.Column(group.Key)!;
            var written = CodeTexts.List([spec.Name, .. spec.Aliases]);
            var parts = Catalogue.Text.Join(Texts.ListSeparator, group.Select(c => c.Part.Describe()));
            if (unknown.Length > 0)
            {
                var first = unknown[0];
                bag.Error(DiagnosticCodes.NeededColumnUnrecognised, origin.Header(first.Index, first.Name),
                    Texts.NeededColumnUnrecognised.With(table.Name, string.Join("」「", unknown.Select(u => u.Name)), parts, spec.Name, written, "columns"));
                ok = false;
            }
            else
            {
                bag.Warning(DiagnosticCodes.NeededColumnMissing, origin.Header(), Texts.NeededColumnMissing.With(table.Name, spec.Name, written, parts));
            }
        }

        return ok;
    }
}
