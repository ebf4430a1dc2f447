namespace EcoAssessment.Diagnostics;

/// <summary>A catalogued diagnostic: its code, a short title and what the user can do about it.</summary>
internal sealed record DiagnosticCode(string Id, string Title, string Fix);

/// <summary>
/// The one catalogue of diagnostic codes. <c>ECO00xx</c> files and command use, <c>ECO01xx</c> rule files,
/// <c>ECO02xx</c> dataset records, <c>ECO03xx</c> outputs. <c>docs/errors.md</c> is tested against this list.
/// </summary>
internal static partial class DiagnosticCodes
{
    public static readonly DiagnosticCode FileNotFound = new("ECO0001", "File or folder not found",
        "Check the path; a dataset is a folder of CSV files.");
    public static readonly DiagnosticCode FileUnreadable = new("ECO0002", "File cannot be read",
        "Check permissions and that the file is not locked or binary.");
    public static readonly DiagnosticCode TooManyProblems = new("ECO0003", "More problems than listed",
        "Fix the listed problems and run again; only the first 100 are printed.");
    public static readonly DiagnosticCode InputTooLarge = new("ECO0004", "Input file too large",
        "A CSV table may have just under 2 GiB (split a larger one into several files of the table, meetings-2024Q1.csv, meetings-2024Q2.csv, …, which are all read); a rule file at most 1 MiB.");

    public static readonly DiagnosticCode YamlSyntax = new("ECO0101", "Rule file is not valid YAML",
        "Fix the YAML syntax at the position given (indentation, a missing colon, an unclosed quote).");
    public static readonly DiagnosticCode UnknownKey = new("ECO0102", "Unknown key in rule file",
        "Remove the key or correct its spelling; the message lists the keys allowed there.");
    public static readonly DiagnosticCode MissingKey = new("ECO0103", "Required key missing in rule file",
        "Add the key named in the message.");
    public static readonly DiagnosticCode InvalidValue = new("ECO0104", "Invalid value in rule file",
        "Give a value of the kind named in the message (a number, a list, one of the listed codes).");
    public static readonly DiagnosticCode UnknownReference = new("ECO0105", "Reference to something not declared",
        "Declare the indicator, dimension or code referred to, or correct the id.");
    public static readonly DiagnosticCode DuplicateId = new("ECO0106", "Id declared twice in rule file",
        "Give every dimension, indicator, deduction and veto its own id.");
    public static readonly DiagnosticCode InvalidNumber = new("ECO0107", "Number out of range in rule file",
        "Weights must be positive (at most 10^6), min_coverage in [0, 1], quota in (0, 1], goalposts low ≠ high.");
    public static readonly DiagnosticCode ThresholdOrder = new("ECO0108", "Rating thresholds out of order",
        "先锋.min must be at least 落后.below.");

    public static readonly DiagnosticCode UnreachableVanguard = new("ECO0109", "No branch can be 先锋",
        "先锋.min is above the upper bound of the score; lower it or raise adjustments.bounds.");
    public static readonly DiagnosticCode UnreachableLaggard = new("ECO0110", "No branch can be 落后 by score",
        "落后.below is at or below the lower bound of the score; only vetoes can give 落后. Raise it if that is not meant.");
    public static readonly DiagnosticCode NoSchemaComment = new("ECO0111", "Rule file without the schema comment",
        "Start the file with '# yaml-language-server: $schema=<path to scoring-rules/schema/rules.schema.json>' so editors check it.");
    public static readonly DiagnosticCode AliasExpansion = new("ECO0112", "Rule file expands too far through aliases",
        "YAML aliases (*name) may repeat parts of the file, but the expanded file must stay under 100,000 nodes and 64 levels; write the values out or use fewer aliases.");
    public static readonly DiagnosticCode RuleTestFailed = new("ECO0120", "Rule test case failed",
        "The rule set no longer rates the case as expected: fix the rule file or, if the change is meant, the expectation.");
    public static readonly DiagnosticCode RuleTestInvalid = new("ECO0121", "Rule test file cannot be used",
        "Give rules:, and cases: each with name:, data: and expect: as in scoring-rules/tests/README.md.");

    public static readonly DiagnosticCode BadDate = new("ECO0201", "Date cannot be read",
        "Write dates as ISO 2024-03-07 (also accepted: 2024/3/7, 2024.3.7, 2024年3月7日).");
    public static readonly DiagnosticCode BadNumber = new("ECO0202", "Number cannot be read",
        "Write a plain number such as 12 or 0.85 (92% reads as 0.92); NaN and Infinity are not numbers.");
    public static readonly DiagnosticCode UnknownCode = new("ECO0203", "Unknown code",
        "Use one of the codes listed in the message (English or Chinese), see docs/inputs.md.");
    public static readonly DiagnosticCode MissingColumn = new("ECO0204", "Required column missing",
        "Add the column (English name or Chinese alias) named in the message, see docs/inputs.md.");
    public static readonly DiagnosticCode MissingValue = new("ECO0205", "Required value missing",
        "Fill in the cell; this column may not be blank.");
    public static readonly DiagnosticCode DuplicateRecordId = new("ECO0206", "Duplicate id",
        "Each branch_id, member_id (per branch) and finding_id may appear once.");
    public static readonly DiagnosticCode UnknownBranch = new("ECO0207", "Unknown branch",
        "Add the branch to branches.csv or correct the branch_id.");
    public static readonly DiagnosticCode UnknownMember = new("ECO0208", "Unknown member",
        "Add the member to members.csv or correct the member_id.");
    public static readonly DiagnosticCode BadFlag = new("ECO0209", "Flag cannot be read",
        "Write 是/否, √/×, Y/N, 1/0 or true/false.");
    public static readonly DiagnosticCode OutOfRange = new("ECO0210", "Value out of range",
        "Counts are whole numbers ≥ 0; form is 1–4; scores are ≥ 0 and at most max_score.");
    public static readonly DiagnosticCode DateOrder = new("ECO0211", "Dates out of order",
        "A finding's due_date and closed_date cannot be before its date.");
    public static readonly DiagnosticCode NoBranches = new("ECO0212", "No branches table",
        "Add branches.csv (or 支部.csv) with branch_id, name and unit.");
    public static readonly DiagnosticCode SeveralYears = new("ECO0213", "Records cover several years",
        "Choose the period with --period (for example --period 2024).");
    public static readonly DiagnosticCode MalformedCsv = new("ECO0214", "Malformed CSV",
        "Check quoting: a field that contains a comma, quote or line break must be quoted, and quotes doubled inside it.");
    public static readonly DiagnosticCode EmptyTable = new("ECO0215", "Table has no header",
        "Put the header row (column names) on the first line.");
    public static readonly DiagnosticCode MissingMaxScore = new("ECO0216", "max_score needed",
        "The rule set uses assessment_ratio: give every assessment row a max_score.");
    public static readonly DiagnosticCode BadPeriod = new("ECO0217", "Period cannot be read",
        "Write 2024, 2024H1, 2024Q3, 2024-03 or 2024-01-01..2024-06-30.");
    public static readonly DiagnosticCode WorkbookUnreadable = new("ECO0230", "Workbook cannot be read",
        "Give an .xlsx workbook: save .xls files and password-protected workbooks again as an unprotected Excel 工作簿 (*.xlsx), or export each sheet as CSV.");
    public static readonly DiagnosticCode NoHeaderRow = new("ECO0231", "Sheet has no header row",
        "Put the column names (English or Chinese, see docs/inputs.md) in one row, or two rows under a merged caption, within the first 12 rows of the sheet.");
    public static readonly DiagnosticCode IdInScientificNotation = new("ECO0233", "Id shown in scientific notation",
        "Excel turned a long numeric id (an ID-card number) into a number such as 4.10324E+17 and lost its digits: format the column as text (文本) and enter the ids again.");
    public static readonly DiagnosticCode WorkbookTooLarge = new("ECO0232", "Workbook larger than allowed",
        "The workbook unpacks to more than the limit (a damaged file or a decompression bomb); split it, or export the sheets as CSV.");

    public static readonly DiagnosticCode RowTooLong = new("ECO0218", "Row too long",
        "A row may have at most 4,096 fields and 1,048,576 characters: check that the file is a CSV table and that every quote is closed (an unclosed quote swallows the rest of the file).");

    public static readonly DiagnosticCode OutsidePeriod = new("ECO0251", "Records outside the period left out",
        "Nothing to do if intended; otherwise choose the period with --period.");
    public static readonly DiagnosticCode AttendeesAboveExpected = new("ECO0252", "More attendees than expected",
        "Check the row; the attendance rate counts at most the expected number.");
    public static readonly DiagnosticCode DuplicateMeeting = new("ECO0253", "Meeting listed twice",
        "The repeat counts once; remove it from one of the files.");
    public static readonly DiagnosticCode IgnoredFile = new("ECO0254", "File ignored",
        "Name tables as in docs/inputs.md (meetings.csv or 会议.csv) if the file should be read.");
    public static readonly DiagnosticCode MemberCountDiffers = new("ECO0255", "Member counts differ",
        "branches.members is used only without members.csv; correct one of them.");
    public static readonly DiagnosticCode ManyExemptions = new("ECO0256", "Many exempt findings",
        "More than half of the branch's findings are 容错免责: review the exemptions.");
    public static readonly DiagnosticCode PeriodKindDiffers = new("ECO0258", "Period of another kind than the rule set's",
        "The rule set is written for another period kind: yearly items (组织生活会, 民主评议) cannot be held in a quarter. Use a rule set for the period kind, or read the ratings with care.");
    public static readonly DiagnosticCode FactNowhere = new("ECO0259", "Fact not in the data",
        "A condition reads a fact that no branch has (a mistyped name?); the condition is never true. Correct the name or add the column.");
    public static readonly DiagnosticCode UnknownColumn = new("ECO0257", "Column ignored",
        "The column is not part of the table's contract and is not read.");

    public static readonly DiagnosticCode OutputUnwritable = new("ECO0301", "Output cannot be written",
        "Check that the folder exists and is writable.");
    public static readonly DiagnosticCode OutputIsInput = new("ECO0302", "Output would overwrite an input",
        "Choose an output path that is not one of the input files.");

    /// <summary>
    /// Every code, in catalogue order. Built on first use, not in a field initialiser: the codes of the other partial
    /// files (DiagnosticCodes.*.cs) may be initialised after this file's fields.
    /// </summary>
    public static IReadOnlyList<DiagnosticCode> All => AllCodes.Value;

    private static readonly Lazy<IReadOnlyList<DiagnosticCode>> AllCodes = new(() =>
        typeof(DiagnosticCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToArray());
}
