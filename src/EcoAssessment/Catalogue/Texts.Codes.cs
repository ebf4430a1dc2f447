namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of titles and fixes of the diagnostic codes (docs/errors.md).</summary>
internal static partial class Texts
{
}
