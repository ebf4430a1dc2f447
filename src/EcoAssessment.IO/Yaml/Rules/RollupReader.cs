using EcoAssessment.Diagnostics;
using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tables;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>The <c>rollup:</c> section: how branch scores roll up to units (weight_by, bands, laggard_min_count).</summary>
internal sealed class RollupReader(YamlContext ctx)
{
    public RollupRules? Read(YamlMappingNode map)
    {
        var m = new MapReader(ctx, map, "rollup");
        var weightByNode = m.Optional("weight_by");
        var weightBy = ctx.StringOrNull(weightByNode, "weight_by") ?? "members";
        if (weightByNode is not null && weightBy is not ("members" or "branches"))
        {
            ctx.Error(DiagnosticCodes.InvalidValue, weightByNode, Texts.RuleWeightBy.With(YamlContext.Key("weight_by"), weightBy, "members", "branches"));
        }
        var bands = new List<Band>();
        if (m.Optional("bands") is { } bn && ctx.Mapping(bn, "bands") is { } bm)
        {
            foreach (var (k, v) in bm.Children)
            {
                var bandName = ctx.String(k, Texts.RuleWhatBandName);
                if (ctx.Mapping(v, "band") is { } vm)
                {
                    var b = new MapReader(ctx, vm, Texts.RuleWhatBand.With(bandName));
                    var min = b.Required("min") is { } mn ? ctx.Number(mn, "min") : null;
                    b.RejectUnknown();
                    if (bandName is not null && min is not null)
                    {
                        bands.Add(new Band(bandName, min.Value));
                    }
                }
            }
        }

        var laggardMinCount = 2;
        SourceLocation? laggardMinCountAt = null;
        if (m.Optional("laggard_min_count") is { } lc && ctx.Integer(lc, "laggard_min_count") is int count)
        {
            laggardMinCount = count;
            laggardMinCountAt = ctx.At(lc);
        }

        m.RejectUnknown();
        return new RollupRules(weightBy, bands, ctx.At(map)) { LaggardMinCount = laggardMinCount, LaggardMinCountLocation = laggardMinCountAt };
    }
}
