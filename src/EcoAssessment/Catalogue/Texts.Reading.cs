namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of reading files: CSV, workbooks, rule-file YAML, previous ratings, weights (IO).</summary>
internal static partial class Texts
{
}
