using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using EcoAssessment.Catalogue;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// A broken part of a workbook package, and the plain words for any error met while reading one (a DTD, malformed
/// XML, a missing part or relationship, a damaged zip): the library's own message is never shown (issue 25).
/// </summary>
internal sealed class PartProblem(PartProblem.Kind kind, Exception? inner = null) : IOException(kind.ToString(), inner)
{
    public enum Kind
    {
        NoWorkbook,
        WorkbookList,
        SharedParts,
        NoRelationship,
    }

    public Kind What { get; } = kind;

    /// <summary>Whether an exception is one that reading a broken part throws (and so is the file's fault, not a bug).</summary>
    public static bool IsPartError(Exception e) => e is XmlException or OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
        or ArgumentException or KeyNotFoundException or InvalidOperationException or NotSupportedException or FormatException or OverflowException;

    /// <summary>
    /// What is wrong, in plain words: at a sheet (<paramref name="sheet"/> given) with what to do, else as the reason in
    /// the workbook's own message.
    /// </summary>
    public static Catalogue.Text Describe(Exception e, string? sheet)
    {
        var what = Plain(e);
        return sheet is null ? what : Texts.HostileSheetPartBroken.With(what, "WPS");
    }

    private static Catalogue.Text Plain(Exception e) => e switch
    {
        PartProblem { What: Kind.NoWorkbook } => Texts.HostilePartNoWorkbook,
        PartProblem { What: Kind.NoRelationship } => Texts.HostilePartNoRelationship,
        PartProblem { What: Kind.WorkbookList, InnerException: { } inner } => Texts.HostileInPart.With(Texts.HostilePartWorkbookList, Plain(inner)),
        PartProblem { What: Kind.SharedParts, InnerException: { } inner } => Texts.HostileInPart.With(Texts.HostilePartShared, Plain(inner)),
        XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) => Texts.HostilePartDtd,
        XmlException x => Texts.HostilePartMalformed.With(x.LineNumber, x.LinePosition),
        OpenXmlPackageException or KeyNotFoundException or ArgumentOutOfRangeException => Texts.HostilePartStructure,
        InvalidDataException or IOException => Texts.HostilePartZip,
        _ => Texts.HostilePartUnknown,
    };
}
