using EcoAssessment.Diagnostics;
using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tables;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>One entry of <c>dimensions:</c> with its indicators (measure, direction, normalise, weight).</summary>
internal sealed class DimensionReader(YamlContext ctx, MeasureReader measures, NormalisationReader normalisation)
{
    public DimensionRule? Read(YamlNode node)
    {
        if (ctx.Mapping(node, Texts.RuleWhatDimension) is not { } map)
        {
            return null;
        }

        var m = new MapReader(ctx, map, Texts.RuleWhatDimension);
        var id = ctx.StringOrNull(m.Required("id"), Texts.RuleWhatDimensionId);
        var name = ctx.StringOrNull(m.Optional("name"), Texts.RuleWhatDimensionName) ?? id;
        var weight = m.Optional("weight") is { } wn ? ctx.Number(wn, "weight") : 1.0;
        var inds = new List<IndicatorRule>();
        if (m.Required("indicators") is { } inn && ctx.Sequence(inn, "indicators") is { } seq)
        {
            foreach (var i in seq.Children)
            {
                if (Indicator(i) is { } ind)
                {
                    inds.Add(ind);
                }
            }
        }

        m.RejectUnknown();
        return id is null || weight is null ? null : new DimensionRule(id, name!, weight.Value, inds, ctx.At(map)) { WeightLocation = WeightAt(m) };
    }

    private IndicatorRule? Indicator(YamlNode node)
    {
        if (ctx.Mapping(node, Texts.RuleWhatIndicator) is not { } map)
        {
            return null;
        }

        var m = new MapReader(ctx, map, Texts.RuleWhatIndicator);
        var id = ctx.StringOrNull(m.Required("id"), Texts.RuleWhatIndicatorId);
        var name = ctx.StringOrNull(m.Optional("name"), Texts.RuleWhatIndicatorName) ?? id;
        var measure = m.Required("measure") is { } mn ? measures.Read(mn) : null;
        var direction = Direction.Higher;
        if (m.Optional("direction") is { } dn && ctx.String(dn, "direction") is { } dir)
        {
            direction = dir switch
            {
                "higher" => Direction.Higher,
                "lower" => Direction.Lower,
                _ => ctx.Bad(dn, Texts.RuleValueMustBe.With(YamlContext.Key("direction"), dir, CodeTexts.Or("higher", "lower")), Direction.Higher),
            };
        }

        var norm = m.Required("normalise") is { } nn ? normalisation.Read(nn) : null;
        var weight = m.Optional("weight") is { } wn ? ctx.Number(wn, "weight") : 1.0;
        if (m.Optional("window") is { } win && measure is not null && WindowReader.Read(ctx, win, "window") is AnnualWindow window)
        {
            if (measure is AnnualReviewMeasure annual)
            {
                measure = annual with { Window = window };
            }
            else
            {
                ctx.Error(DiagnosticCodes.WindowInvalid, win, Texts.RuleWindowNotAnnual.With(YamlContext.Key("window"), id ?? "?", measure.Kind, "annual_review"));
            }
        }

        m.RejectUnknown();
        if (id is null || measure is null || norm is null || weight is null)
        {
            return null;
        }

        return new IndicatorRule(id, name!, measure, direction, norm, weight.Value, ctx.At(map)) { WeightLocation = WeightAt(m) };
    }

    private SourceLocation? WeightAt(MapReader m) => m.Optional("weight") is { } w ? ctx.At(w) : null;
}
