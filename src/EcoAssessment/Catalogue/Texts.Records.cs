namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of dataset records, periods and the checks of a dataset against rules (core).</summary>
internal static partial class Texts
{
}
