namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of rating reasons, explanations, notes of the rating and roll-up.</summary>
internal static partial class Texts
{
}
