using System.Globalization;
using System.Text;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Docs;

/// <summary>
/// Renders <c>docs/inputs.md</c> from the input catalogue, so the documented contract is the one the readers use.
/// A test compares the file with this rendering.
/// </summary>
internal static class InputContractDocument
{
    public static string Render()
    {
        var sb = new StringBuilder();
        sb.Append("""
            # The input contract

            <!-- Generated from src/EcoAssessment/Model/InputCatalogue.cs by InputContractDocument.Render(); a test fails when
                 this file and the catalogue disagree. Edit the catalogue, then run the tests with ECO_APPROVE=1 to rewrite it. -->

            A **dataset** is a folder of CSV files, one file per table. A file is named by the table's English name, its
            Chinese name or a name departments give it (`meetings.csv`, `会议.csv` or `三会一课台账.csv`; all of them under
            [Wordings](#wordings)), alone or followed by `-`, `_`, a space or a dot and anything
            (`meetings-2024Q1.csv`, `会议_一季度.csv`): all files of one table are read, in name order. Other `.csv` files are
            ignored with a notice (`--verbose` lists notices). Only `branches` is mandatory. Which columns the default rule
            set reads, and what it makes of them: [default-rules.md](default-rules.md).

            A dataset may also be one **.xlsx workbook** with a sheet per table, the sheets named as the files would be
            (`支部`, `会议`, `会议_一季度`, …); title rows above the header, two-row headers, date cells and the rest of what
            people put in workbooks are handled as described in [workbooks.md](workbooks.md), and problems are located as
            `book.xlsx!会议!C7`.

            **Reading rules.** UTF-8 text (a byte order mark is fine); a file that is not valid UTF-8 is read as GB18030/GBK,
            what Excel on Chinese Windows writes for "CSV (逗号分隔)"; `--encoding utf-8|gb18030` names the encoding instead. The field separator is `,` unless `--delimiter` says
            otherwise (it is never guessed). The first line is the header; columns are matched by their English name or any
            Chinese alias below, ignoring case, surrounding spaces and full-width forms; unknown columns are ignored with a
            notice. Blank rows, 合计/小计/总计 rows and notes rows (a single cell such as `备注：…` or `填表人：…`) are skipped. Full-width digits and punctuation are folded (`１２` → 12).

            | type | accepted |
            |---|---|
            | id, text | any text; surrounding spaces trimmed |
            | count | a whole number ≥ 0 (`12`, `12.0`) |
            | number | a finite number in invariant form (`0.85`, `-3`, `1e3`); `92%` reads as 0.92; no thousands separators, NaN or Infinity |
            | date | `2024-03-07`, `2024/3/7`, `2024.3.7`, `2024年3月7日`; study dates may also be a month (`2024-03`, `2024年3月`) |
            | flag | 是/否, √/×, Y/N, yes/no, 1/0, true/false, 有/无 |
            | code | the English code or its Chinese form (tables below), ignoring case |
            | period | `2024`, `2024H1`, `2024Q3`, `2024-03`, `2024-01-01..2024-06-30` |

            A table that is absent makes its indicators *not available* for every branch. A present table with no rows for a
            branch gives the measure's zero case (no meetings held, no findings), except a ratio whose denominator is empty
            (not available) and on-time rectification with nothing due (1). Not available is never silently 0.

            Every problem is reported with its place: `meetings.csv(17,date): error ECO0201: …`, where 17 is the row number a
            spreadsheet shows (the header is row 1) and `date` the column's header as written in the file. All problems are
            listed (up to 100) before the run stops with exit code 3; see [errors.md](errors.md).

            """).Append('\n');
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"""
            **Limits.** So that a broken or hostile file gives a located error instead of exhausting memory or time, one table
            file may have at most {InputLimits.MaxTableBytes:N0} bytes (just under 2 GiB; split a larger table into several
            files, which are all read) — ECO0004; a row, the header included, at most {InputLimits.MaxFields:N0} fields and
            {InputLimits.MaxRowChars:N0} characters — ECO0218. A rule file may have at most {InputLimits.MaxRuleFileBytes:N0} bytes
            (ECO0004), {RuleSetReader.MaxDepth} levels of nesting (ECO0101), and {InputLimits.MaxRuleNodes:N0} nodes once its YAML
            aliases are expanded, at most {RuleSetReader.MaxDepth} levels deep (ECO0112). Rule files refer to no other file.
            A workbook sheet's cell is bounded like a CSV row, {InputLimits.MaxRowChars:N0} characters (ECO0352); a `--previous`
            file at most {InputLimits.MaxPreviousBytes:N0} bytes, a rule test file {InputLimits.MaxTestFileBytes:N0}. A file is read
            up to the size it had when opened (one that grows meanwhile is refused, ECO0351); a pipe or a device, whose size is
            unknown, up to {InputLimits.MaxUnknownSizeBytes:N0} bytes (ECO0351). A file that is UTF-8 but for at most
            {IO.Text.Utf8Text.MaxStrayBytes} invalid byte sequences is refused at the first of them (ECO0356), not read as GB18030.
            Why each value: [security.md](security.md).


            """);

        foreach (var t in InputCatalogue.Tables)
        {
            var also = t.Aliases.Count == 0 ? string.Empty : $", or a name departments give it: {string.Join(", ", t.Aliases.Select(a => $"`{a}.csv`"))}";
            sb.Append(CultureInfo.InvariantCulture, $"## {t.Name} ({t.Chinese})\n\n{t.Description} File: `{t.Name}.csv` or `{t.Chinese}.csv`{also}.\n\n");
            sb.Append("| column | required | type | Chinese headers accepted | meaning |\n|---|---|---|---|---|\n");
            foreach (var c in t.Columns)
            {
                var type = c.Type.ToString().ToLowerInvariant() + (c.Unit is null ? string.Empty : $" ({c.Unit})");
                var aliases = c.Aliases.Count == 0 ? "—" : string.Join(", ", c.Aliases);
                sb.Append(CultureInfo.InvariantCulture, $"| `{c.Name}` | {(c.Required ? "yes" : "no")} | {type} | {aliases} | {c.Description} |\n");
            }

            foreach (var c in t.Columns.Where(c => c.Codes is not null))
            {
                sb.Append(c.Type == ColumnType.Code
                    ? $"\n`{t.Name}.{c.Name}` codes:\n\n| code | Chinese | also accepted |\n|---|---|---|\n"
                    : $"\n`{t.Name}.{c.Name}` is a number; these words are read as it:\n\n| number | Chinese | also accepted |\n|---|---|---|\n");
                foreach (var e in c.Codes!.Entries)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"| `{e.Code}` | {e.Chinese} | {(e.Aliases.Count == 0 ? "—" : string.Join(", ", e.Aliases))} |\n");
                }
            }

            sb.Append('\n');
            sb.Append(Notes(t.Name)).Append('\n');
        }

        sb.Append(Wordings());
        return sb.ToString().TrimEnd() + "\n";
    }

    /// <summary>The marker lines around the list of wordings, which a test reads back.</summary>
    public const string WordingsStart = "<!-- wordings -->";

    /// <summary>The end of the list of wordings.</summary>
    public const string WordingsEnd = "<!-- /wordings -->";

    /// <summary>
    /// Every name a table is read by and every wording a code is read as, one line each: <c>- `findings`: 执纪台账, …</c> and
    /// <c>- `meetings.type` `general_assembly`: 支部党员大会, …</c>.
    /// </summary>
    private static string Wordings()
    {
        var sb = new StringBuilder();
        sb.Append("""
            ## Wordings

            The names and words departments use, each read as its table or code (tested: every line below is read as it says).
            A name or word belongs to one table or one code only; a word that is not accepted stops the run with a located
            error that lists the accepted words and, when one is near (by edit distance, or for Chinese one word holding the
            other), asks 是否指「…」？.

            File and sheet names, each also followed by `-`, `_`, a space or a dot and more (`执纪台账_2024.csv`):


            """);
        sb.Append(WordingsStart).Append('\n');
        foreach (var t in InputCatalogue.Tables)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- `{t.Name}`: {string.Join(", ", t.Names.Skip(1))}\n");
        }

        sb.Append("\nWords of a coded column (and of `findings.form`), each read as the code or number after the column:\n\n");
        foreach (var t in InputCatalogue.Tables)
        {
            foreach (var c in t.Columns.Where(c => c.Codes is not null))
            {
                foreach (var e in c.Codes!.Entries)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"- `{t.Name}.{c.Name}` `{e.Code}`: {string.Join(", ", e.Aliases.Prepend(e.Chinese))}\n");
                }
            }
        }

        sb.Append(WordingsEnd).Append('\n');
        return sb.ToString();
    }

    private static string Notes(string table) => table switch
    {
        "branches" => """
            A blank `has_committee` means a committee exists when the branch has at least 7 full members (支部工作条例);
            a blank `party_groups` means 0, so no 党小组会 is expected. `secretary_vacant_days` and the other numeric columns
            are *facts* that rule conditions can read (`fact: secretary_vacant_days`).

            """,
        "members" => """
            **N**, the member count used by per-member measures, is the number of home members (`home` = 是) pro-rated by
            `joined`: a member who joined during the period counts the share of the period's days on roll. A temporary branch
            (`type` = temporary) counts all its members. `branches.members` is used only without a members table (a notice
            when both exist and differ). A member has at most one home branch; temporary memberships are not duplicates.

            """,
        "meetings" => """
            A meeting listed again with the same branch, type, date and `meeting_id` counts once (a notice); rows without a
            `meeting_id` are never merged. More attendees than expected − excused is a warning, and the attendance rate
            counts at most that number. A meeting with `theme_day` = 是 also counts as a 主题党日.

            """,
        "study" => """
            A row with a `member_id` counts for the member's home branch; a row with only a `branch_id` counts for the
            branch. A `micro_lecture` row's member is the member who gave the lecture.

            """,
        "assessments" => """
            An item's code starts with its pillar: `PF-` 政治功能强, `OR-` 组织力强, `CO-` 作风优, `PE-` 业绩优; rule files map
            prefixes into dimensions (`measure: { kind: assessment_ratio, items: [CO-] }` = Σ score / Σ max_score). A row
            with a `period` counts only in runs of that period.

            """,
        "findings" => """
            Derived, never typed in: *overdue* = `due_date` on or before the period end and `closed_date` empty or after
            `due_date`; *open* = `closed_date` empty or after the period end. Findings dated after the period end are left
            out; findings dated before its start are kept for rectification (on-time rate, overdue deduction, conditions that
            ask for open or overdue items) but not counted in severity. `tolerance` (容错免责) changes severity only: exempt
            counts 0 in severity measures and in conditions on `form`, lenient counts half and still matches; rectification
            counts every item in full. 容错 is for form 1 and 2 cases (and rectification items): a form-3 or form-4 finding
            marked exempt or lenient is an input error (ECO0240, ECO0241), except lenient form 3 under a rule file with
            `tolerance: { lenient_form3: true }` (docs/default-rules.md).

            """,
        "units" => """
            A branch belongs to the unit whose `unit_id` equals its `unit`, else whose `name` does. Each unit's roll-up covers
            the branches of every unit beneath it; a branch's `parent_id` (another branches row, its 党总支 or 党委) adds that
            organisation as a node covering itself and the branches under it, rated as any branch (docs/methods.md §10).
            Refused at the row: a branch's unit the table lacks (ECO0320), a parent it lacks (ECO0321), parents that go round
            (ECO0322), an id or name given twice (ECO0323); and for `parent_id`: no such branch (ECO0324), a cycle (ECO0325),
            an organisation of another unit (ECO0326). With rows here, a unit of one branch is no warning (ECO0286).

            """,
        _ => """
            Long form: `branch_id, indicator, value`. Wide form: `branch_id` plus one column per indicator id (any column that
            is not `branch_id` or `period`). Values are in the indicator's natural unit; rates are fractions (`92%` = 0.92).
            A `measure: { kind: value }` indicator reads the column named as its id (or `column:`); facts such as
            `satisfaction` are read from here too.

            """,
    };
}
