using EcoAssessment.IO.Csv;
using EcoAssessment.Model;

using EcoAssessment.IO.Tables;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// Finds the header of a sheet the way a person would: the row (or pair of rows) among the first rows whose cells name
/// the most columns of the table. Title rows above the header match nothing; a two-row header — a group caption such as
/// 出席情况 merged over 应到/实到, with the other captions merged down both rows — matches more as a pair than either
/// row alone.
/// </summary>
internal static class HeaderFinder
{
    /// <summary>How many rows at the top of a sheet may hold titles and the header.</summary>
    public const int SearchRows = 12;

    /// <summary>The chosen header: the captions per column, the row it ends on (1-based) and how many rows it spans.</summary>
    public sealed record Header(string[] Captions, int LastRow, int Rows);

    /// <summary>Picks the header among <paramref name="rows"/> (row number and cells), or null when no row names a column.</summary>
    public static Header? Find(TableSpec table, IReadOnlyList<(int Row, string[] Cells)> rows, NameMapping? mapping = null)
    {
        Header? best = null;
        var bestScore = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, cells) = rows[i];
            var single = Score(table, cells, mapping);
            if (single > bestScore)
            {
                best = new Header(cells.Select(Caption).ToArray(), row, 1);
                bestScore = single;
            }

            if (i + 1 < rows.Count && rows[i + 1].Row == row + 1)
            {
                var combined = Combine(table, cells, rows[i + 1].Cells, mapping);
                var score = Score(table, combined, mapping);
                if (score > bestScore && score > Score(table, rows[i + 1].Cells, mapping))
                {
                    best = new Header(combined, row + 1, 2);
                    bestScore = score;
                }
            }
        }

        return best;
    }

    /// <summary>The number of distinct catalogue columns the captions name.</summary>
    public static int Score(TableSpec table, string[] captions, NameMapping? mapping = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in captions)
        {
            var folded = Caption(c);
            if (folded.Length > 0 && TableLayout.ColumnOf(table, folded, mapping) is { } spec)
            {
                seen.Add(spec.Name);
            }
        }

        return seen.Count;
    }

    /// <summary>
    /// Per column, the lower caption when it names a column, else the upper one when that does, else the lower one when
    /// present (a group's sub-caption), else the upper one (a caption merged down over both rows).
    /// </summary>
    private static string[] Combine(TableSpec table, string[] upper, string[] lower, NameMapping? mapping)
    {
        var n = Math.Max(upper.Length, lower.Length);
        var result = new string[n];
        for (var c = 0; c < n; c++)
        {
            var u = c < upper.Length ? Caption(upper[c]) : string.Empty;
            var l = c < lower.Length ? Caption(lower[c]) : string.Empty;
            result[c] = l.Length > 0 && TableLayout.ColumnOf(table, l, mapping) is not null ? l
                : u.Length > 0 && TableLayout.ColumnOf(table, u, mapping) is not null ? u
                : l.Length > 0 ? l
                : u;
        }

        return result;
    }

    /// <summary>A caption as matched: line breaks inside the cell (wrapped captions such as 支部\n编号) removed, then folded.</summary>
    public static string Caption(string text) =>
        TextNormaliser.Fold(text.Contains('\n') || text.Contains('\r') ? text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal) : text);
}
