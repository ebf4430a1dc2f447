using System.Globalization;
using EcoAssessment.Diagnostics;
using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tables;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>The <c>weighting:</c> section (DESIGN.md §4): how dimension and indicator weights are found.</summary>
internal sealed class WeightingReader(YamlContext ctx)
{
    /// <summary>The <c>weighting:</c> mapping: method, the per-level settings of dimensions and indicators, alpha.</summary>
    public WeightingRule Read(YamlMappingNode wm)
    {
        var wr = new MapReader(ctx, wm, "weighting");
        var method = wr.Required("method") is { } mn ? WeightMethod(mn) : WeightingMethod.Manual;
        LevelWeighting? dimensionsLevel = null;
        if (wr.Optional("dimensions") is { } dln && ctx.Mapping(dln, "weighting.dimensions") is { } dlm)
        {
            dimensionsLevel = Level(dlm, "weighting.dimensions");
        }

        var levels = new Dictionary<string, LevelWeighting>(StringComparer.Ordinal);
        if (wr.Optional("indicators") is { } iln && ctx.Mapping(iln, "weighting.indicators") is { } ilm)
        {
            foreach (var (k, v) in ilm.Children)
            {
                if (ctx.String(k, Texts.RuleWhatDimensionId) is { } dimension && ctx.Mapping(v, $"weighting.indicators.{dimension}") is { } lm)
                {
                    levels[dimension] = Level(lm, $"weighting.indicators.{dimension}") with { Location = ctx.At(k) };
                }
            }
        }

        var alpha = wr.Optional("alpha") is { } an2 ? ctx.Number(an2, "alpha") ?? 0.5 : 0.5;
        wr.RejectUnknown();
        return new WeightingRule(method, ctx.At(wm)) { Dimensions = dimensionsLevel, Indicators = levels, Alpha = alpha };
    }

    private WeightingMethod WeightMethod(YamlNode node) => ctx.String(node, Texts.RuleWhatWeightingMethod) switch
    {
        "manual" => WeightingMethod.Manual,
        "equal" => WeightingMethod.Equal,
        "ahp" => WeightingMethod.Ahp,
        "entropy" => WeightingMethod.Entropy,
        "critic" => WeightingMethod.Critic,
        "combined" => WeightingMethod.Combined,
        null => WeightingMethod.Manual,
        var other => ctx.Bad(node, Texts.RuleValueNotKnown.With(Texts.RuleWhatWeightingMethod, other, CodeTexts.Or("manual", "equal", "ahp", "entropy", "critic", "combined")), WeightingMethod.Manual),
    };

    /// <summary>One level's weighting: method, AHP matrix (numbers or fractions such as 1/3), allow_inconsistent.</summary>
    private LevelWeighting Level(YamlMappingNode map, string what)
    {
        var m = new MapReader(ctx, map, what);
        var method = m.Required("method") is { } mn ? WeightMethod(mn) : WeightingMethod.Manual;
        double[,]? matrix = null;
        if (m.Optional("matrix") is { } xn && ctx.Sequence(xn, "matrix") is { } rows)
        {
            var n = rows.Children.Count;
            matrix = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                if (ctx.Sequence(rows.Children[i], Texts.RuleWhatMatrixRow) is not { } row || row.Children.Count != n)
                {
                    ctx.Error(DiagnosticCodes.InvalidValue, rows.Children[i], Texts.RuleMatrixRow.With(n));
                    matrix = null;
                    break;
                }

                for (var j = 0; j < n; j++)
                {
                    var text = (row.Children[j] as YamlScalarNode)?.Value ?? string.Empty;
                    var slash = text.IndexOf('/', StringComparison.Ordinal);
                    if (slash > 0 && double.TryParse(text[..slash], NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                        && double.TryParse(text[(slash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && b != 0)
                    {
                        matrix[i, j] = a / b;
                    }
                    else if (ctx.Number(row.Children[j], Texts.RuleWhatMatrixCell) is double v)
                    {
                        matrix[i, j] = v;
                    }
                }

                if (matrix is null)
                {
                    break;
                }
            }
        }

        var allow = m.Optional("allow_inconsistent") is { } al && ctx.Bool(al, "allow_inconsistent") == true;
        m.RejectUnknown();
        return new LevelWeighting(method, matrix, allow, ctx.At(map));
    }
}
