namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of the command line: help, usage errors, command messages.</summary>
internal static partial class Texts
{
}
