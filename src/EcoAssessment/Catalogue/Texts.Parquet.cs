namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of Parquet datasets, <c>eco convert</c> and Parquet results.</summary>
internal static partial class Texts
{
    /// <summary>Why a Parquet file cannot be read: its content (damaged, cut short, or not Parquet at all).</summary>
    public static readonly Entry ParquetUnreadableContent = new("文件已损坏、被截断，或不是 Parquet 格式", "damaged, cut short, or not Parquet at all");

    /// <summary>A Parquet file that cannot be read; {0} says why (ParquetUnreadableContent).</summary>
    public static readonly Entry ParquetUnreadable = new(
        "不是可读的 Parquet 文件（{0}）。请重新导出（eco convert 可把数据集写成 Parquet），或改用 CSV 文件。",
        "is not a readable Parquet file ({0}). Write it again (eco convert writes a dataset as Parquet), or give the table as CSV.");

    /// <summary>A column of the wrong physical type; {0} column, {1} the type found, {2} the type expected, {3} the column's kind.</summary>
    public static readonly Entry ParquetColumnType = new(
        "列 {0} 的类型是 {1}，应为 {2}（此列为{3}）。请按此类型写出该列（eco convert 会这样写）。",
        "column {0} is of type {1}, should be {2} (the column holds {3}). Write the column with that type (eco convert does).");

    /// <summary>A nested or repeated column; {0} column.</summary>
    public static readonly Entry ParquetNested = new(
        "列 {0} 是嵌套或重复列；数据集的 Parquet 表只接受每行一个值的平列。",
        "column {0} is nested or repeated; a Parquet table of a dataset holds flat columns, one value per row.");

    /// <summary>Kinds of column, for <see cref="ParquetColumnType"/>.</summary>
    public static readonly Entry ParquetKindDate = new("日期", "dates");

    /// <summary>A count column.</summary>
    public static readonly Entry ParquetKindCount = new("整数", "whole numbers");

    /// <summary>A number column.</summary>
    public static readonly Entry ParquetKindNumber = new("数值", "numbers");

    /// <summary>A flag column.</summary>
    public static readonly Entry ParquetKindFlag = new("是否标志", "flags");

    /// <summary>A text, id or code column.</summary>
    public static readonly Entry ParquetKindText = new("文字、编号或代码", "text, ids or codes");

    /// <summary>The help of <c>eco generate --format</c>.</summary>
    public static readonly Entry CliGenerateFormat = new(
        "数据集的格式：csv（默认，每表一个 CSV 文件）或 parquet（每表一个带类型的 Parquet 文件）；-o 以 .xlsx 结尾时写工作簿。",
        "the dataset's format: csv (the default, a CSV file per table) or parquet (a typed Parquet file per table); an -o ending in .xlsx writes a workbook.");

    /// <summary>The output folder of <c>eco generate</c> already holds a dataset; {0} its format.</summary>
    public static readonly Entry CliFolderHasParquet = new(
        "输出文件夹中已有 Parquet 文件；请换一个文件夹，或加 --force 覆盖。",
        "the output folder already holds Parquet files; choose another folder, or add --force to overwrite them.");

    /// <summary>A month-only date met while converting; {0} the column's header, {1} the value.</summary>
    public static readonly Entry ConvertMonthOnly = new(
        "{0} 只写了月份（{1}），转换后的数据集只接受完整日期；请写明日期（如 2024-06-15），或直接读取原数据集。",
        "{0} gives a month only ({1}); a converted dataset holds whole dates: give the day (such as 2024-06-15), or read the original dataset.");

    /// <summary>The output of eco convert cannot be written; {0} the reason.</summary>
    public static readonly Entry ConvertUnwritable = new("无法写出转换后的数据集：{0}", "cannot write the converted dataset: {0}");

    /// <summary>The help of eco convert.</summary>
    public static readonly Entry CliConvert = new(
        "把数据集（CSV 文件夹、工作簿或 Parquet 文件夹，可带映射文件）按与 evaluate 相同的规则读入并检查，再写成规范的 Parquet 或 CSV 文件夹（英文列名与代码、完整日期、带类型的列）。",
        "reads a dataset (a CSV folder, a workbook or a Parquet folder, with a mapping) with the same rules as evaluate, then writes it as a canonical Parquet or CSV folder (English column names and codes, whole dates, typed columns).");

    /// <summary>The help of eco convert -o.</summary>
    public static readonly Entry CliConvertOutput = new("输出文件夹（每表一个文件）。", "the output folder (one file per table).");

    /// <summary>The help of eco convert --format.</summary>
    public static readonly Entry CliConvertFormat = new("输出格式：parquet（默认）或 csv。", "the output format: parquet (the default) or csv.");

    /// <summary>eco convert done; {0} tables, {1} rows, {2} folder, {3} format.</summary>
    public static readonly Entry CliConverted = new("已把 {0} 个表共 {1} 行写成 {3}，在 {2}", "wrote {0} tables, {1} rows, as {3} in {2}");
}
