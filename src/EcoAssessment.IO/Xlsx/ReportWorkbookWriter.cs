using System.Globalization;
using ClosedXML.Excel;
using EcoAssessment.Analysis;
using EcoAssessment.IO.Output;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// The report workbook leadership reads (Chinese by default, English labels with <c>english</c>): 汇总 (the rating mix
/// and the system's state), 排名 (every branch with score, rating and reasons), 明细 (dimension and indicator scores with
/// the raw values), 扣分 (every deduction, bonus and veto that applied), 单位 (政治生态建设状况 per unit), 动态管理
/// (transitions against the previous period, when one was given), 规则 (the rule set as applied) and 说明 (what each
/// column means). Headers are frozen and filtered, ratings and health bands coloured, numbers formatted, column widths
/// set explicitly (no measuring of text, which needs System.Drawing), and text a spreadsheet would run as a formula is
/// neutralised as in the CSV output.
/// </summary>
internal static class ReportWorkbookWriter
{
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#D9E1F2");

    /// <summary>Rating colours (fill, font), shared with the charts of the report.</summary>
    public static readonly IReadOnlyDictionary<Rating, (string Fill, string Font)> RatingColours = new Dictionary<Rating, (string, string)>
    {
        [Rating.Vanguard] = ("#C6EFCE", "#006100"),
        [Rating.Middle] = ("#FFEB9C", "#9C5700"),
        [Rating.Laggard] = ("#FFC7CE", "#9C0006"),
        [Rating.Unrated] = ("#EDEDED", "#595959"),
    };

    private static readonly (string Band, string Fill)[] HealthColours = [("绿", "#C6EFCE"), ("黄", "#FFEB9C"), ("橙", "#F8CBAD"), ("红", "#FFC7CE")];

    /// <summary>
    /// Writes the report, with its native charts, to <paramref name="stream"/>. ClosedXML builds the small sheets and the
    /// frame of the sheets with a row per branch (header, widths, filters, colours, print set-up); those sheets' rows are
    /// then streamed into the package (<see cref="ReportPackage"/>), so no cell objects are held for them.
    /// </summary>
    public static void Write(Assessment a, Stream stream, bool english = false)
    {
        using var buffer = new MemoryStream();
        var rollup = Rollup.Compute(a);
        var streamed = new List<ReportPackage.StreamedSheet>();
        using (var wb = Build(a, english, rollup, streamed))
        {
            wb.SaveAs(buffer);
        }

        var t = new Labels(english);
        ReportCharts.Add(buffer, Charts(a, rollup.Units, t), ProfileCache(a, t));
        buffer.Position = 0;
        ReportPackage.Write(buffer, streamed, stream);
    }

    /// <summary>
    /// The report as a ClosedXML workbook with every cell in it (the caller disposes it): what <see cref="Write"/> streams,
    /// built the slow way, for comparison.
    /// </summary>
    public static XLWorkbook Build(Assessment a, bool english = false) => Build(a, english, Rollup.Compute(a), streamed: null);

    /// <summary>
    /// Builds the workbook; with <paramref name="streamed"/>, the sheets with a row per branch get only their frame and a
    /// probe row (see <see cref="Rows"/>), and their rows are added to the list to be streamed.
    /// </summary>
    private static XLWorkbook Build(Assessment a, bool english, (IReadOnlyList<UnitSummary> Units, UnitSummary System) rollup, List<ReportPackage.StreamedSheet>? streamed)
    {
        var t = new Labels(english);
        var wb = new XLWorkbook();
        var (units, system) = rollup;
        Summary(wb.Worksheets.Add(t["汇总", "Summary"]), a, units, system, t);
        Ranking(wb.Worksheets.Add(t["排名", "Ranking"]), a, t, streamed);
        Details(wb.Worksheets.Add(t["明细", "Details"]), a, t, streamed);
        Adjustments(wb.Worksheets.Add(t["扣分", "Deductions"]), a, t, streamed);
        Units(wb.Worksheets.Add(t["单位", "Units"]), units, system, t);
        if (a.Previous is not null)
        {
            Dynamic(wb.Worksheets.Add(t["动态管理", "Transitions"]), a, t, streamed);
        }

        ChartData(wb.Worksheets.Add(t["图表", "Charts"]), a, t);
        Profile(wb.Worksheets.Add(t["支部画像", "Profile"]), a, t);
        RulesSheet(wb.Worksheets.Add(t["规则", "Rules"]), a, t);
        Notes(wb.Worksheets.Add(t["说明", "Notes"]), a, t);
        foreach (var ws in wb.Worksheets)
        {
            PrintLandscape(ws);
            if (ws.Name != t["汇总", "Summary"] && ws.Name != t["图表", "Charts"] && ws.Name != t["支部画像", "Profile"])
            {
                ws.PageSetup.SetRowsToRepeatAtTop(1, 1);
            }
        }

        return wb;
    }

    /// <summary>
    /// The rows below the header of a sheet with a row per branch: put into the worksheet, or (when
    /// <paramref name="streamed"/> is given) left to be streamed, with a probe row of one cell per style the rows use,
    /// from which the package learns the style indices ClosedXML gave them (the probe row itself is not written).
    /// </summary>
    private static void Rows(IXLWorksheet ws, int columns, IEnumerable<ReportCell[]> rows, List<ReportPackage.StreamedSheet>? streamed)
    {
        if (streamed is null)
        {
            var row = 1;
            foreach (var cells in rows)
            {
                row++;
                for (var c = 0; c < cells.Length; c++)
                {
                    cells[c].Put(ws.Cell(row, c + 1));
                }
            }

            return;
        }

        for (var i = 0; i < ReportPackage.Probes.Length; i++)
        {
            ReportPackage.Probes[i].Put(ws.Cell(2, i + 1));
        }

        streamed.Add(new ReportPackage.StreamedSheet(ws.Name, columns, rows));
    }

    private sealed class Labels(bool english)
    {
        public bool English => english;

        public string this[string zh, string en] => english ? en : zh;
    }

    private static string Text(string s) => Formats.Text(s);

    /// <summary>Printed as leadership reads it: landscape A4, one page wide.</summary>
    internal static void PrintLandscape(IXLWorksheet ws)
    {
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.FitToPages(1, 0);
    }

    /// <summary>A bold, filled header row at <paramref name="row"/> with the given widths (characters; a CJK character counts 2).</summary>
    internal static void Header(IXLWorksheet ws, int row, IReadOnlyList<(string Caption, double Width)> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = ws.Cell(row, c + 1);
            cell.SetValue(columns[c].Caption);
            ws.Column(c + 1).Width = columns[c].Width;
        }

        var range = ws.Range(row, 1, row, columns.Count);
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = HeaderFill;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
    }

    /// <summary>Freezes the rows up to the header and the first <paramref name="columns"/> columns, and filters the table.</summary>
    private static void Table(IXLWorksheet ws, int headerRow, int lastRow, int lastColumn, int columns = 0)
    {
        ws.SheetView.Freeze(headerRow, columns);
        ws.Range(headerRow, 1, Math.Max(headerRow, lastRow), lastColumn).SetAutoFilter();
    }

    /// <summary>Colours the cells of a rating column by their value (conditional formats, so they follow edits and sorting).</summary>
    internal static void RatingColour(IXLRange range)
    {
        foreach (var (rating, (fill, font)) in RatingColours)
        {
            var f = range.AddConditionalFormat().WhenEquals($"\"{RatingLabels.Chinese(rating)}\"");
            f.Fill.SetBackgroundColor(XLColor.FromHtml(fill));
            f.Font.SetFontColor(XLColor.FromHtml(font));
        }
    }

    private static void HealthColour(IXLRange range)
    {
        foreach (var (band, fill) in HealthColours)
        {
            range.AddConditionalFormat().WhenEquals($"\"{band}\"").Fill.SetBackgroundColor(XLColor.FromHtml(fill));
        }
    }

    private static void Number(IXLCell cell, double? v, string format = "0.00")
    {
        if (v is double d && double.IsFinite(d))
        {
            cell.SetValue(d);
            cell.Style.NumberFormat.Format = format;
        }
    }

    /// <summary>The first row of the 汇总 sheet's per-unit table (its header).</summary>
    private const int SummaryUnitHeader = 17;

    private static void Summary(IXLWorksheet ws, Assessment a, IReadOnlyList<UnitSummary> units, UnitSummary system, Labels t)
    {
        ws.Cell(1, 1).SetValue(Text($"{a.Rules.Name} · {a.Period.Label}"));
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(1, 1).Style.Font.FontSize = 16;
        ws.Range(1, 1, 1, 6).Merge();
        var facts = new (string, object)[]
        {
            (t["规则", "Rule set"], $"{a.Rules.Id} {a.Rules.Version}"),
            (t["期间", "Period"], a.Period.Label),
            (t["支部数", "Branches"], a.Results.Count),
            (t["参评支部", "Rated branches"], a.Results.Count(r => r.Rating != Rating.Unrated)),
            (t["全系统得分", "System score"], system.Score is double s ? Math.Round(s, 2, MidpointRounding.AwayFromZero) : string.Empty),
            (t["政治生态", "Health band"], system.Health ?? string.Empty),
            (t["红线", "Red lines"], string.Join("；", system.RedLines.Concat(system.Warnings))),
        };
        var row = 3;
        foreach (var (label, value) in facts)
        {
            ws.Cell(row, 1).SetValue(label).Style.Font.Bold = true;
            switch (value)
            {
                case int n:
                    ws.Cell(row, 2).SetValue(n);
                    break;
                case double d:
                    Number(ws.Cell(row, 2), d);
                    break;
                default:
                    ws.Cell(row, 2).SetValue(Text((string)value));
                    break;
            }

            row++;
        }

        HealthColour(ws.Range(8, 2, 8, 2));
        row++;
        var mixHeader = row;
        Header(ws, row, [(t["评级", "Rating"], 14), (t["支部数", "Branches"], 12), (t["占参评支部", "Share of rated"], 14)]);
        var rated = Math.Max(1, a.Results.Count(r => r.Rating != Rating.Unrated));
        foreach (var rating in new[] { Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated })
        {
            row++;
            var count = a.Results.Count(r => r.Rating == rating);
            ws.Cell(row, 1).SetValue(RatingLabels.Chinese(rating));
            ws.Cell(row, 2).SetValue(count);
            if (rating != Rating.Unrated)
            {
                Number(ws.Cell(row, 3), (double)count / rated, "0.0%");
            }
        }

        RatingColour(ws.Range(mixHeader + 1, 1, row, 1));

        // The rating mix per unit, which the 汇总 chart draws.
        row = SummaryUnitHeader;
        Header(ws, row, [(t["单位", "Unit"], 32), (t["支部数", "Branches"], 24), (t["得分", "Score"], 14), (t["政治生态", "Health"], 10), ("先锋", 7), ("中间", 7),
            ("落后", 7), ("未定级", 8)]);
        foreach (var u in units.Append(system))
        {
            row++;
            ws.Cell(row, 1).SetValue(Text(u.Unit));
            ws.Cell(row, 2).SetValue(u.Branches);
            Number(ws.Cell(row, 3), u.Score is double us ? Math.Round(us, 2, MidpointRounding.AwayFromZero) : null);
            ws.Cell(row, 4).SetValue(u.Health ?? string.Empty);
            ws.Cell(row, 5).SetValue(u.Ratings[Rating.Vanguard]);
            ws.Cell(row, 6).SetValue(u.Ratings[Rating.Middle]);
            ws.Cell(row, 7).SetValue(u.Ratings[Rating.Laggard]);
            ws.Cell(row, 8).SetValue(u.Ratings[Rating.Unrated]);
        }

        ws.Row(row).Style.Font.Bold = true;
        HealthColour(ws.Range(SummaryUnitHeader + 1, 4, row, 4));
        ws.PageSetup.AddHorizontalPageBreak(row + 1); // the chart below the table prints on a page of its own
        ws.Column(1).Width = 32;
        ws.Column(2).Width = 24;
        ws.SheetView.Freeze(0, 0);
    }

    private static void Ranking(IXLWorksheet ws, Assessment a, Labels t, List<ReportPackage.StreamedSheet>? streamed)
    {
        var hasGrades = a.Results.Any(r => r.Grade is not null);
        var columns = new List<(string, double)>
        {
            (t["排名", "Rank"], 7), (t["支部编号", "Branch"], 12), (t["支部名称", "Name"], 30), (t["单位", "Unit"], 30), (t["得分", "Score"], 9),
            (t["评级", "Rating"], 9),
        };
        if (hasGrades)
        {
            columns.Add((t["等次", "Grade"], 9));
        }

        columns.AddRange([(t["覆盖率", "Coverage"], 9), (t["扣分", "Deductions"], 8), (t["否决项", "Vetoes"], 20), (t["原因", "Reasons"], 80)]);
        Header(ws, 1, columns);
        Rows(ws, columns.Count, RankingRows(a, hasGrades, columns.Count), streamed);
        var row = a.Results.Count + 1;
        RatingColour(ws.Range(2, 6, Math.Max(2, row), 6));
        Table(ws, 1, row, columns.Count, 3);
    }

    private static IEnumerable<ReportCell[]> RankingRows(Assessment a, bool hasGrades, int columns)
    {
        foreach (var r in a.Results)
        {
            var cells = new ReportCell[columns];
            var c = 0;
            cells[c] = r.Rank is int rank ? ReportCell.Of(rank) : default;
            cells[++c] = ReportCell.Of(Text(r.BranchId));
            cells[++c] = ReportCell.Of(Text(r.Branch.Name));
            cells[++c] = ReportCell.Of(Text(r.Branch.Unit));
            cells[++c] = ReportCell.Of(r.Score is decimal s ? (double)s : null);
            cells[++c] = ReportCell.Of(RatingLabels.Chinese(r.Rating));
            if (hasGrades)
            {
                cells[++c] = ReportCell.Of(r.Grade ?? string.Empty);
            }

            cells[++c] = ReportCell.Of(r.Coverage, "0.0%");
            cells[++c] = ReportCell.Of(r.Deductions, "0.##");
            cells[++c] = ReportCell.Of(Text(string.Join("；", r.VetoTraces.Where(v => v.Fired).Select(v => v.Name))));
            cells[++c] = ReportCell.Of(Text(Formats.Reasons(r)));
            yield return cells;
        }
    }

    private static void Details(IXLWorksheet ws, Assessment a, Labels t, List<ReportPackage.StreamedSheet>? streamed)
    {
        var columns = new List<(string, double)> { (t["支部编号", "Branch"], 12), (t["支部名称", "Name"], 30), (t["单位", "Unit"], 26), (t["得分", "Score"], 9), (t["评级", "Rating"], 9) };
        columns.AddRange(a.Rules.Dimensions.Select(d => ($"{d.Name}", 12.0)));
        foreach (var i in a.Indicators)
        {
            columns.Add(($"{i.Id} {i.Name}", 16));
            columns.Add(($"{i.Id} {t["原始值", "raw"]}", 12));
        }

        Header(ws, 1, columns);
        ws.Row(1).Height = 45;
        Rows(ws, columns.Count, DetailRows(a, columns.Count), streamed);
        var row = a.Results.Count + 1;
        RatingColour(ws.Range(2, 5, Math.Max(2, row), 5));
        Table(ws, 1, row, columns.Count, 2);
    }

    private static IEnumerable<ReportCell[]> DetailRows(Assessment a, int columns)
    {
        foreach (var r in a.Results)
        {
            var cells = new ReportCell[Math.Max(columns, 5 + r.Dimensions.Count + (2 * r.Indicators.Count))];
            cells[0] = ReportCell.Of(Text(r.BranchId));
            cells[1] = ReportCell.Of(Text(r.Branch.Name));
            cells[2] = ReportCell.Of(Text(r.Branch.Unit));
            cells[3] = ReportCell.Of(r.Score is decimal s ? (double)s : null);
            cells[4] = ReportCell.Of(RatingLabels.Chinese(r.Rating));
            var c = 4;
            foreach (var d in r.Dimensions)
            {
                cells[++c] = ReportCell.Of(d.Score);
            }

            foreach (var i in r.Indicators)
            {
                cells[++c] = ReportCell.Of(i.Normalised);
                cells[++c] = ReportCell.Of(i.Raw, "0.####");
            }

            yield return cells;
        }
    }

    private static void Adjustments(IXLWorksheet ws, Assessment a, Labels t, List<ReportPackage.StreamedSheet>? streamed)
    {
        var columns = new (string, double)[]
        {
            (t["支部编号", "Branch"], 12), (t["支部名称", "Name"], 30), (t["单位", "Unit"], 26), (t["类别", "Kind"], 8), (t["项目", "Item"], 18),
            (t["名称", "Name of the item"], 30), (t["分值/效果", "Points / effect"], 14), (t["依据", "Trace"], 70), (t["规则位置", "Rule"], 16),
        };
        Header(ws, 1, columns);
        Rows(ws, columns.Length, AdjustmentRows(a, t), streamed);
        var row = 1 + a.Results.Sum(r => r.Adjustments.Count(x => x.Matches > 0 && x.Points != 0) + r.VetoTraces.Count(v => v.Fired));
        Table(ws, 1, row, columns.Length, 2);
    }

    private static IEnumerable<ReportCell[]> AdjustmentRows(Assessment a, Labels t)
    {
        foreach (var r in a.Results)
        {
            foreach (var x in r.Adjustments.Where(x => x.Matches > 0 && x.Points != 0))
            {
                var cells = Common(r, 9);
                cells[3] = ReportCell.Of(x.IsDeduction ? t["扣分", "deduction"] : t["加分", "bonus"]);
                cells[4] = ReportCell.Of(Text(x.Id));
                cells[5] = ReportCell.Of(Text(x.Name));
                cells[6] = ReportCell.Of(x.IsDeduction ? -x.Points : x.Points, "+0.##;-0.##;0");
                cells[7] = ReportCell.Of(Text(x.Trace));
                cells[8] = ReportCell.Of(Formats.RuleRef(x.Rule));
                yield return cells;
            }

            foreach (var v in r.VetoTraces.Where(v => v.Fired))
            {
                var cells = Common(r, 9);
                cells[3] = ReportCell.Of(t["否决", "veto"]);
                cells[4] = ReportCell.Of(Text(v.Id));
                cells[5] = ReportCell.Of(Text(v.Name));
                var effect = v.Effect == VetoEffect.Force ? t["直接定为", "force"] : t["最高", "cap at"];
                cells[6] = ReportCell.Of($"{effect} {RatingLabels.Chinese(v.Tier)}{(v.Changed ? string.Empty : t["（未改变评级）", " (no effect)"])}");
                cells[7] = ReportCell.Of(Text(v.Trace));
                cells[8] = ReportCell.Of(Formats.RuleRef(v.Rule));
                yield return cells;
            }
        }
    }

    private static ReportCell[] Common(BranchResult r, int columns)
    {
        var cells = new ReportCell[columns];
        cells[0] = ReportCell.Of(Text(r.BranchId));
        cells[1] = ReportCell.Of(Text(r.Branch.Name));
        cells[2] = ReportCell.Of(Text(r.Branch.Unit));
        return cells;
    }

    private static void Units(IXLWorksheet ws, IReadOnlyList<UnitSummary> units, UnitSummary system, Labels t)
    {
        var columns = new (string, double)[]
        {
            (t["单位", "Unit"], 34), (t["支部数", "Branches"], 8), (t["参评", "Rated"], 8), (t["党员数", "Members"], 9), (t["得分", "Score"], 9),
            (t["政治生态", "Health"], 10), ("先锋", 7), ("中间", 7), ("落后", 7), ("未定级", 8), (t["第一种形态", "Form 1"], 10),
            (t["第二种形态", "Form 2"], 10), (t["第三种形态", "Form 3"], 10), (t["第四种形态", "Form 4"], 10), (t["红线与提示", "Red lines and warnings"], 50),
        };
        Header(ws, 1, columns);
        var row = 1;
        foreach (var u in units.Append(system))
        {
            row++;
            ws.Cell(row, 1).SetValue(Text(u.Unit));
            ws.Cell(row, 2).SetValue(u.Branches);
            ws.Cell(row, 3).SetValue(u.Rated);
            Number(ws.Cell(row, 4), u.Members, "0");
            Number(ws.Cell(row, 5), u.Score is double s ? Math.Round(s, 2, MidpointRounding.AwayFromZero) : null);
            ws.Cell(row, 6).SetValue(u.Health ?? string.Empty);
            ws.Cell(row, 7).SetValue(u.Ratings[Rating.Vanguard]);
            ws.Cell(row, 8).SetValue(u.Ratings[Rating.Middle]);
            ws.Cell(row, 9).SetValue(u.Ratings[Rating.Laggard]);
            ws.Cell(row, 10).SetValue(u.Ratings[Rating.Unrated]);
            ws.Cell(row, 11).SetValue(u.Forms.Form1);
            ws.Cell(row, 12).SetValue(u.Forms.Form2);
            ws.Cell(row, 13).SetValue(u.Forms.Form3);
            ws.Cell(row, 14).SetValue(u.Forms.Form4);
            ws.Cell(row, 15).SetValue(Text(string.Join("；", u.RedLines.Concat(u.Warnings))));
        }

        ws.Row(row).Style.Font.Bold = true;
        HealthColour(ws.Range(2, 6, row, 6));
        Table(ws, 1, row - 1, columns.Length, 1);
    }

    private static void Dynamic(IXLWorksheet ws, Assessment a, Labels t, List<ReportPackage.StreamedSheet>? streamed)
    {
        var columns = new (string, double)[]
        {
            (t["支部编号", "Branch"], 12), (t["支部名称", "Name"], 30), (t["单位", "Unit"], 26), (t["上期评级", "Previous"], 10), (t["本期评级", "Rating"], 10),
            (t["变动", "Transition"], 10), (t["列入整顿", "Rectification"], 10), (t["动态调整", "Dynamic limit"], 40),
        };
        Header(ws, 1, columns);
        Rows(ws, columns.Length, DynamicRows(a, t), streamed);
        var row = 1 + a.Results.Count + a.Removed.Count;
        RatingColour(ws.Range(2, 4, Math.Max(2, row), 5));
        Table(ws, 1, row, columns.Length, 2);
    }

    private static IEnumerable<ReportCell[]> DynamicRows(Assessment a, Labels t)
    {
        foreach (var r in a.Results.OrderBy(r => r.Rectification == true ? 0 : 1).ThenBy(r => TransitionOrder(r.Transition)).ThenBy(r => r.BranchId, StringComparer.Ordinal))
        {
            var cells = Common(r, 8);
            cells[3] = ReportCell.Of(r.PreviousRating is Rating p ? RatingLabels.Chinese(p) : string.Empty);
            cells[4] = ReportCell.Of(RatingLabels.Chinese(r.Rating));
            cells[5] = ReportCell.Of(TransitionLabel(r.Transition, t));
            cells[6] = ReportCell.Of(r.Rectification == true ? t["是", "yes"] : string.Empty);
            cells[7] = ReportCell.Of(Text(r.Dynamic ?? string.Empty));
            yield return cells;
        }

        foreach (var removed in a.Removed)
        {
            var cells = new ReportCell[8];
            cells[0] = ReportCell.Of(Text(removed));
            cells[3] = ReportCell.Of(a.Previous!.Branches.TryGetValue(removed, out var p) ? RatingLabels.Chinese(p.Rating) : string.Empty);
            cells[5] = ReportCell.Of(t["撤销", "removed"]);
            yield return cells;
        }
    }

    private static int TransitionOrder(string? transition) => transition switch
    {
        "down" => 0,
        "up" => 1,
        "new" => 2,
        "same" => 3,
        _ => 4,
    };

    private static string TransitionLabel(string? transition, Labels t) => transition switch
    {
        "up" => t["升级", "up"],
        "down" => t["降级", "down"],
        "same" => t["持平", "same"],
        "new" => t["新参评", "new"],
        null => string.Empty,
        _ => transition,
    };

    private static void RulesSheet(IXLWorksheet ws, Assessment a, Labels t)
    {
        var rules = a.Rules;
        var columns = new (string, double)[]
        {
            (t["维度", "Dimension"], 22), (t["维度权重", "Dimension weight"], 10), (t["指标编号", "Indicator"], 10), (t["指标名称", "Name"], 34),
            (t["方向", "Direction"], 8), (t["标准化", "Normalisation"], 14), (t["权重", "Weight"], 10), (t["规则位置", "Rule"], 16),
        };
        Header(ws, 1, columns);
        var row = 1;
        var dimWeights = rules.Dimensions.Sum(d => d.Weight);
        foreach (var d in rules.Dimensions)
        {
            var indWeights = d.Indicators.Sum(i => i.Weight);
            foreach (var i in d.Indicators)
            {
                row++;
                ws.Cell(row, 1).SetValue(Text($"{d.Name} ({d.Id})"));
                Number(ws.Cell(row, 2), dimWeights > 0 ? d.Weight / dimWeights : null, "0.0%");
                ws.Cell(row, 3).SetValue(Text(i.Id));
                ws.Cell(row, 4).SetValue(Text(i.Name));
                ws.Cell(row, 5).SetValue(i.Direction == Direction.Higher ? t["越高越好", "higher"] : t["越低越好", "lower"]);
                ws.Cell(row, 6).SetValue(i.Normalisation.Method);
                Number(ws.Cell(row, 7), indWeights > 0 ? i.Weight / indWeights : null, "0.0%");
                ws.Cell(row, 8).SetValue(Formats.RuleRef(i.Location));
            }
        }

        var inv = CultureInfo.InvariantCulture;
        row += 2;
        ws.Cell(row, 1).SetValue(t["评级规则", "Rating rules"]).Style.Font.Bold = true;
        var th = rules.Rating.Thresholds;
        var lines = new List<(string, string)>
        {
            (t["先锋", "先锋 from"], string.Create(inv, $"≥ {th.VanguardMin:0.##}")),
            (t["落后", "落后 below"], string.Create(inv, $"< {th.LaggardBelow:0.##}")),
            (t["最低覆盖率", "Minimum coverage"], string.Create(inv, $"{rules.Rating.MinCoverage:0.##}")),
            (t["先锋比例上限", "先锋 quota"], rules.Rating.VanguardQuota is decimal q ? string.Create(inv, $"{q:0.##}") : t["无", "none"]),
            (t["权重方法", "Weighting"], rules.Weighting.Method.ToString()),
            (t["合成方法", "Aggregation"], rules.Aggregation.ToString()),
        };
        foreach (var (label, value) in lines)
        {
            row++;
            ws.Cell(row, 1).SetValue(label);
            ws.Cell(row, 2).SetValue(value);
        }

        row += 2;
        var vetoHeader = row;
        Header(ws, row, [(t["否决项", "Veto"], 22), (t["效果", "Effect"], 10), (t["名称", "Name"], 34), (t["规则位置", "Rule"], 16)]);
        ws.Column(1).Width = 22;
        foreach (var v in rules.Rating.Vetoes)
        {
            row++;
            ws.Cell(row, 1).SetValue(Text(v.Id));
            ws.Cell(row, 2).SetValue($"{(v.Effect == VetoEffect.Force ? t["直接定为", "force"] : t["最高", "cap at"])} {RatingLabels.Chinese(v.Tier)}");
            ws.Cell(row, 3).SetValue(Text(v.Name));
            ws.Cell(row, 4).SetValue(Formats.RuleRef(v.Location));
        }

        row += 2;
        Header(ws, row, [(t["扣分/加分", "Deduction/bonus"], 22), (t["分值", "Points"], 10), (t["名称", "Name"], 34), (t["规则位置", "Rule"], 16)]);
        foreach (var (x, deduction) in rules.Adjustments.Deductions.Select(x => (x, true)).Concat(rules.Adjustments.Bonuses.Select(x => (x, false))))
        {
            row++;
            ws.Cell(row, 1).SetValue(Text(x.Id));
            Number(ws.Cell(row, 2), deduction ? -x.Points : x.Points, "+0.##;-0.##;0");
            ws.Cell(row, 3).SetValue(Text(x.Name));
            ws.Cell(row, 4).SetValue(Formats.RuleRef(x.Location));
        }

        _ = vetoHeader;
        ws.SheetView.Freeze(1, 0);
    }

    private static void Notes(IXLWorksheet ws, Assessment a, Labels t)
    {
        Header(ws, 1, [(t["工作表", "Sheet"], 12), (t["列", "Column"], 20), (t["含义", "Meaning"], 100)]);
        var notes = new (string Sheet, string Column, string Zh, string En)[]
        {
            ("汇总", string.Empty, "规则、期间、支部数和评级结构；全系统得分为参评支部按党员数加权的平均分。", "Rule set, period, branch count and rating mix; the system score is the member-weighted mean of rated branches."),
            ("排名", "排名", "按得分从高到低的名次，得分相同按规则的并列规则区分；未定级支部无名次。", "Place by score, ties broken by the rule set's tie-break keys; unrated branches have none."),
            ("排名", "得分", "百分制决策得分（保留两位小数），含扣分与加分。", "Decision score out of 100 (2 decimals), after deductions and bonuses."),
            ("排名", "评级", "先锋、中间、落后或未定级（临时支部、覆盖率不足）。", "先锋, 中间, 落后 or 未定级 (temporary branches, coverage below the minimum)."),
            ("排名", "覆盖率", "有数据的指标所占权重之和；低于规则的最低覆盖率则不定级。", "Share of the weight held by indicators with data; below the minimum the branch is not rated."),
            ("排名", "原因", "评级的每一步：阈值、否决、比例限制、动态调整，格式为 代码:说明。", "Each step of the rating: threshold, vetoes, quota, dynamic limit, as code:detail."),
            ("明细", "维度", "各维度 0–100 得分。", "Each dimension's 0–100 score."),
            ("明细", "指标", "每个指标标准化后的 0–100 得分，以及原始值（比例以小数表示）。", "Each indicator's normalised 0–100 score and its raw value (rates as fractions)."),
            ("扣分", string.Empty, "实际发生的扣分、加分与否决，依据列出对应的记录。", "The deductions, bonuses and vetoes that applied, with the records behind them."),
            ("单位", string.Empty, "政治生态建设状况：支部评级结构、四种形态结构、红线与抓早抓小提示、生态等级（绿/黄/橙/红）。", "政治生态建设状况: rating mix, 四种形态 mix, red lines and warnings, health band (绿/黄/橙/红)."),
            ("动态管理", string.Empty, "与上期评级比较：升级、降级、持平、新参评、撤销；列入整顿的支部排在最前。", "Against the previous period: up, down, same, new, removed; branches listed for 整顿 first."),
            ("规则", string.Empty, "本次评价所用的指标体系、权重、阈值、否决项与扣分项，规则位置指向规则文件的行。", "The indicator system, weights, thresholds, vetoes and deductions applied, with their rule-file lines."),
        };
        var row = 1;
        foreach (var n in notes)
        {
            if (n.Sheet == "动态管理" && a.Previous is null)
            {
                continue;
            }

            row++;
            ws.Cell(row, 1).SetValue(t.English ? SheetEnglish(n.Sheet) : n.Sheet);
            ws.Cell(row, 2).SetValue(t.English ? ColumnEnglish(n.Column) : n.Column);
            ws.Cell(row, 3).SetValue(t.English ? n.En : n.Zh);
            ws.Cell(row, 3).Style.Alignment.WrapText = true;
        }

        ws.SheetView.Freeze(1, 0);
    }

    private static string SheetEnglish(string zh) => zh switch
    {
        "汇总" => "Summary",
        "排名" => "Ranking",
        "明细" => "Details",
        "扣分" => "Deductions",
        "单位" => "Units",
        "动态管理" => "Transitions",
        "规则" => "Rules",
        _ => zh,
    };

    private static string ColumnEnglish(string zh) => zh switch
    {
        "排名" => "Rank",
        "得分" => "Score",
        "评级" => "Rating",
        "覆盖率" => "Coverage",
        "原因" => "Reasons",
        "维度" => "Dimensions",
        "指标" => "Indicators",
        _ => zh,
    };

    /// <summary>Chart colours: the rating colours' strong tones, the 四种形态 from light to dark, the profile's three lines.</summary>
    internal static readonly IReadOnlyDictionary<Rating, string> RatingChartColours = new Dictionary<Rating, string>
    {
        [Rating.Vanguard] = "70AD47",
        [Rating.Middle] = "FFC000",
        [Rating.Laggard] = "C00000",
        [Rating.Unrated] = "A6A6A6",
    };

    private static readonly string[] FormColours = ["9DC3E6", "F4B183", "ED7D31", "C00000"];

    private static readonly string[] ScoreBands = ["<60", "60–70", "70–80", "80–90", "≥90"];

    private static readonly string[] DimensionColours = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"];

    private static string Ref(string sheet, string column, int first, int last) =>
        string.Create(CultureInfo.InvariantCulture, $"'{sheet}'!${column}${first}:${column}${last}");

    private static int Band(double score) => score < 60 ? 0 : score < 70 ? 1 : score < 80 ? 2 : score < 90 ? 3 : 4;

    /// <summary>Branches per score band and dimension (every branch with a score for the dimension).</summary>
    private static int[,] Distribution(Assessment a)
    {
        var counts = new int[ScoreBands.Length, a.Rules.Dimensions.Count];
        foreach (var r in a.Results)
        {
            for (var d = 0; d < r.Dimensions.Count; d++)
            {
                if (r.Dimensions[d].Score is double s)
                {
                    counts[Band(s), d]++;
                }
            }
        }

        return counts;
    }

    /// <summary>
    /// Per unit (current units): branches 先锋 and 落后 in the previous period and now, and the mean score of the branches
    /// that have a score in both periods, then and now (null when the previous file has no scores).
    /// </summary>
    private sealed record UnitTrend(string Unit, int PrevVanguard, int Vanguard, int PrevLaggard, int Laggard, double? PrevScore, double? Score);

    private static UnitTrend[] RatingTrend(Assessment a) =>
        a.Results.GroupBy(r => r.Branch.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var both = g.Where(r => r.Score is not null && a.Previous!.Branches.TryGetValue(r.BranchId, out var p) && p.Score is not null).ToArray();
                return new UnitTrend(g.Key, g.Count(r => r.PreviousRating == Rating.Vanguard), g.Count(r => r.Rating == Rating.Vanguard),
                    g.Count(r => r.PreviousRating == Rating.Laggard), g.Count(r => r.Rating == Rating.Laggard),
                    both.Length == 0 ? null : both.Average(r => a.Previous!.Branches[r.BranchId].Score!.Value),
                    both.Length == 0 ? null : both.Average(r => (double)r.Score!.Value));
            })
            .ToArray();

    private static bool HasPreviousScores(Assessment a) => a.Previous?.Branches.Values.Any(p => p.Score is not null) == true;

    /// <summary>The 图表 sheet's tables: the score distribution per dimension and, with a previous period, the rating trend.</summary>
    private static void ChartData(IXLWorksheet ws, Assessment a, Labels t)
    {
        var dims = a.Rules.Dimensions;
        Header(ws, 1, [(t["分数段", "Score band"], 10.0), .. dims.Select(d => (d.Name, 10.0))]);
        var counts = Distribution(a);
        for (var b = 0; b < ScoreBands.Length; b++)
        {
            ws.Cell(b + 2, 1).SetValue(ScoreBands[b]);
            for (var d = 0; d < dims.Count; d++)
            {
                ws.Cell(b + 2, d + 2).SetValue(counts[b, d]);
            }
        }

        if (a.Previous is not null)
        {
            var trend = RatingTrend(a);
            const int top = 9;
            Header(ws, top, [(t["单位", "Unit"], 30), (t["上期先锋", "先锋 before"], 10), (t["本期先锋", "先锋 now"], 10), (t["上期落后", "落后 before"], 10),
                (t["本期落后", "落后 now"], 10), (t["上期平均分", "Mean score before"], 12), (t["本期平均分", "Mean score now"], 12)]);
            for (var i = 0; i < trend.Length; i++)
            {
                ws.Cell(top + 1 + i, 1).SetValue(Text(trend[i].Unit));
                ws.Cell(top + 1 + i, 2).SetValue(trend[i].PrevVanguard);
                ws.Cell(top + 1 + i, 3).SetValue(trend[i].Vanguard);
                ws.Cell(top + 1 + i, 4).SetValue(trend[i].PrevLaggard);
                ws.Cell(top + 1 + i, 5).SetValue(trend[i].Laggard);
                Number(ws.Cell(top + 1 + i, 6), trend[i].PrevScore);
                Number(ws.Cell(top + 1 + i, 7), trend[i].Score);
            }
        }

        ws.Column(1).Width = 30;
    }

    /// <summary>
    /// The 支部画像 sheet: a branch id to choose (a drop-down of every branch), and its dimension scores against its unit's
    /// and the system's averages, looked up from 明细 by formulas, so the radar chart follows the choice.
    /// </summary>
    private static void Profile(IXLWorksheet ws, Assessment a, Labels t)
    {
        var details = t["明细", "Details"];
        var ranking = t["排名", "Ranking"];
        var last = a.Results.Count + 1;
        var first = ProfileBranch(a);
        ws.Cell(1, 1).SetValue(t["支部编号", "Branch"]).Style.Font.Bold = true;
        ws.Cell(1, 2).SetValue(Text(first?.BranchId ?? string.Empty));
        ws.Cell(1, 2).Style.Fill.BackgroundColor = XLColor.FromHtml("#FFF2CC");
        ws.Cell(1, 3).SetValue(t["← 选择或输入支部编号，下表和雷达图随之更新", "← choose or type a branch id; the table and the radar chart follow"]);
        if (a.Results.Count > 0)
        {
            var v = ws.Cell(1, 2).SetDataValidation();
            v.List(string.Create(CultureInfo.InvariantCulture, $"'{ranking}'!$B$2:$B${last}"), true);
        }

        var match = $"MATCH($B$1,'{details}'!$A:$A,0)";
        ws.Cell(2, 1).SetValue(t["支部名称", "Name"]).Style.Font.Bold = true;
        ws.Cell(2, 2).FormulaA1 = $"IFERROR(INDEX('{details}'!$B:$B,{match}),\"\")";
        ws.Cell(3, 1).SetValue(t["单位", "Unit"]).Style.Font.Bold = true;
        ws.Cell(3, 2).FormulaA1 = $"IFERROR(INDEX('{details}'!$C:$C,{match}),\"\")";
        Header(ws, 5, [(t["维度", "Dimension"], 16), (t["本支部", "Branch"], 30), (t["本单位平均", "Unit average"], 14), (t["全系统平均", "System average"], 14)]);
        for (var d = 0; d < a.Rules.Dimensions.Count; d++)
        {
            var col = TableOrigin(6 + d);
            var row = 6 + d;
            ws.Cell(row, 1).SetValue(a.Rules.Dimensions[d].Name);
            ws.Cell(row, 2).FormulaA1 = $"IFERROR(INDEX('{details}'!${col}:${col},{match}),\"\")";
            ws.Cell(row, 3).FormulaA1 = $"IFERROR(AVERAGEIF('{details}'!$C:$C,$B$3,'{details}'!${col}:${col}),\"\")";
            ws.Cell(row, 4).FormulaA1 = $"IFERROR(AVERAGE('{details}'!${col}:${col}),\"\")";
            ws.Range(row, 2, row, 4).Style.NumberFormat.Format = "0.00";
        }
    }

    private static string TableOrigin(int column) => Tables.TableOrigin.ColumnLetters(column - 1);

    /// <summary>The branch the profile shows first: the first rated branch by rank (else the first branch).</summary>
    private static BranchResult? ProfileBranch(Assessment a) => a.Results.FirstOrDefault(r => r.Rank is not null) ?? a.Results.FirstOrDefault();

    private static (double? Branch, double? Unit, double? System)[] ProfileValues(Assessment a, BranchResult r)
    {
        var result = new (double?, double?, double?)[a.Rules.Dimensions.Count];
        for (var d = 0; d < result.Length; d++)
        {
            static double? Mean(IEnumerable<double?> xs) => xs.Where(x => x is not null).Select(x => x!.Value).DefaultIfEmpty(double.NaN).Average() is var m && double.IsNaN(m) ? null : m;
            result[d] = (r.Dimensions[d].Score,
                Mean(a.Results.Where(x => x.Branch.Unit == r.Branch.Unit).Select(x => x.Dimensions[d].Score)),
                Mean(a.Results.Select(x => x.Dimensions[d].Score)));
        }

        return result;
    }

    /// <summary>The values the profile's formulas give for the branch shown first, stored as their cached results.</summary>
    private static ReportCharts.CachedCells ProfileCache(Assessment a, Labels t)
    {
        var cells = new Dictionary<string, object>(StringComparer.Ordinal);
        if (ProfileBranch(a) is { } r)
        {
            cells["B2"] = Text(r.Branch.Name);
            cells["B3"] = Text(r.Branch.Unit);
            var values = ProfileValues(a, r);
            for (var d = 0; d < values.Length; d++)
            {
                var row = (6 + d).ToString(CultureInfo.InvariantCulture);
                cells["B" + row] = values[d].Branch is double b ? b : string.Empty;
                cells["C" + row] = values[d].Unit is double u ? u : string.Empty;
                cells["D" + row] = values[d].System is double s ? s : string.Empty;
            }
        }

        return new ReportCharts.CachedCells(t["支部画像", "Profile"], cells);
    }

    /// <summary>The report's charts: where each goes, what it reads and how it looks.</summary>
    private static List<ReportCharts.Chart> Charts(Assessment a, IReadOnlyList<UnitSummary> units, Labels t)
    {
        var charts = new List<ReportCharts.Chart>();
        var unitSheet = t["单位", "Units"];
        var names = units.Select(u => Text(u.Unit)).ToArray();
        var lastUnit = units.Count + 1;
        var below = units.Count + 4;
        if (units.Count > 0)
        {
            var ratings = new[] { Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated };
            var summary = t["汇总", "Summary"];
            var top = SummaryUnitHeader + 1;
            var bottom = SummaryUnitHeader + units.Count;
            charts.Add(new ReportCharts.Chart(summary, ReportCharts.ChartKind.StackedBar, t["各单位支部评级结构", "Ratings per unit"],
                Ref(summary, "A", top, bottom), names,
                ratings.Select((r, i) => new ReportCharts.Series(RatingLabels.Chinese(r), RatingChartColours[r], Ref(summary, TableOrigin(5 + i), top, bottom),
                    units.Select(u => (double?)u.Ratings[r]).ToArray())).ToArray(),
                (0, bottom + 3, 8, Math.Max(16, units.Count + 6)), t["支部数", "Branches"]));
            var formNames = new[] { t["第一种形态", "Form 1"], t["第二种形态", "Form 2"], t["第三种形态", "Form 3"], t["第四种形态", "Form 4"] };
            charts.Add(new ReportCharts.Chart(unitSheet, ReportCharts.ChartKind.StackedBar, t["各单位四种形态结构", "四种形态 per unit"],
                Ref(unitSheet, "A", 2, lastUnit), names,
                formNames.Select((f, i) => new ReportCharts.Series(f, FormColours[i], Ref(unitSheet, TableOrigin(11 + i), 2, lastUnit),
                    units.Select(u => (double?)(i switch { 0 => u.Forms.Form1, 1 => u.Forms.Form2, 2 => u.Forms.Form3, _ => u.Forms.Form4 })).ToArray())).ToArray(),
                (0, below, 8, Math.Max(14, units.Count + 6)), t["人次", "Cases"]));
        }

        var dataSheet = t["图表", "Charts"];
        var counts = Distribution(a);
        charts.Add(new ReportCharts.Chart(dataSheet, ReportCharts.ChartKind.ClusteredColumn, t["各维度得分分布", "Dimension score distribution"],
            Ref(dataSheet, "A", 2, ScoreBands.Length + 1), ScoreBands,
            a.Rules.Dimensions.Select((d, i) => new ReportCharts.Series(d.Name, DimensionColours[i % DimensionColours.Length], Ref(dataSheet, TableOrigin(2 + i), 2, ScoreBands.Length + 1),
                Enumerable.Range(0, ScoreBands.Length).Select(b => (double?)counts[b, i]).ToArray())).ToArray(),
            (7, 0, 9, 18), t["支部数", "Branches"]));
        if (a.Previous is not null && units.Count > 0)
        {
            var trend = RatingTrend(a);
            const int top = 9;
            var captions = new[] { t["上期先锋", "先锋 before"], t["本期先锋", "先锋 now"], t["上期落后", "落后 before"], t["本期落后", "落后 now"] };
            var colours = new[] { "C5E0B4", RatingChartColours[Rating.Vanguard], "F4B6B6", RatingChartColours[Rating.Laggard] };
            charts.Add(new ReportCharts.Chart(dataSheet, ReportCharts.ChartKind.ClusteredColumn, t["各单位评级变化（上期→本期）", "Ratings per unit, previous period → now"],
                Ref(dataSheet, "A", top + 1, top + trend.Length), trend.Select(x => Text(x.Unit)).ToArray(),
                captions.Select((c, i) => new ReportCharts.Series(c, colours[i], Ref(dataSheet, TableOrigin(2 + i), top + 1, top + trend.Length),
                    trend.Select(x => (double?)(i switch { 0 => x.PrevVanguard, 1 => x.Vanguard, 2 => x.PrevLaggard, _ => x.Laggard })).ToArray())).ToArray(),
                (7, 19, 12, 20), t["支部数", "Branches"]));
            if (HasPreviousScores(a))
            {
                var scoreCaptions = new[] { t["上期平均分", "Mean score before"], t["本期平均分", "Mean score now"] };
                var scoreColours = new[] { "B4C7E7", "4472C4" };
                charts.Add(new ReportCharts.Chart(dataSheet, ReportCharts.ChartKind.ClusteredColumn, t["各单位平均得分（上期→本期）", "Mean score per unit, previous period → now"],
                    Ref(dataSheet, "A", top + 1, top + trend.Length), trend.Select(x => Text(x.Unit)).ToArray(),
                    scoreCaptions.Select((c, i) => new ReportCharts.Series(c, scoreColours[i], Ref(dataSheet, TableOrigin(6 + i), top + 1, top + trend.Length),
                        trend.Select(x => i == 0 ? x.PrevScore : x.Score).ToArray())).ToArray(),
                    (7, 40, 12, 20), t["得分", "Score"], "0"));
            }
        }

        if (ProfileBranch(a) is { } first)
        {
            var profile = t["支部画像", "Profile"];
            var last = 5 + a.Rules.Dimensions.Count;
            var values = ProfileValues(a, first);
            var series = new[] { (t["本支部", "Branch"], "4472C4"), (t["本单位平均", "Unit average"], "ED7D31"), (t["全系统平均", "System average"], "7F7F7F") };
            charts.Add(new ReportCharts.Chart(profile, ReportCharts.ChartKind.Radar, t["支部四个维度得分与单位、全系统平均", "The branch's dimensions against its unit and the system"],
                Ref(profile, "A", 6, last), a.Rules.Dimensions.Select(d => d.Name).ToArray(),
                series.Select((x, i) => new ReportCharts.Series(x.Item1, x.Item2, Ref(profile, TableOrigin(2 + i), 6, last),
                    values.Select(v => i switch { 0 => v.Branch, 1 => v.Unit, _ => v.System }).ToArray())).ToArray(),
                (0, last + 1, 5, 22), null, "0"));
        }

        return charts;
    }
}
