namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of rule files and their validation (core).</summary>
internal static partial class Texts
{
}
