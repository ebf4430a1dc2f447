namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of the report, template and trend workbooks and the rule sheet.</summary>
internal static partial class Texts
{
}
