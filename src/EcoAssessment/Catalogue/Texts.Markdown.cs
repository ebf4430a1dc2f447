namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of Markdown outputs: results, trend, diff, annex.</summary>
internal static partial class Texts
{
}
