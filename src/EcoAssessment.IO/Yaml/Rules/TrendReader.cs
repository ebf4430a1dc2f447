using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

/// <summary>The <c>trend:</c> section: <c>direction_threshold</c>, the points a score must move to be improving or declining (validated by the rule validator).</summary>
internal sealed class TrendReader(YamlContext ctx)
{
    public TrendRules? Read(YamlMappingNode map)
    {
        var m = new MapReader(ctx, map, "trend");
        TrendRules? result = null;
        if (m.Optional("direction_threshold") is { } tn && ctx.Decimal(tn, "direction_threshold") is decimal points)
        {
            result = new TrendRules(points, ctx.At(tn));
        }

        m.RejectUnknown();
        return result;
    }
}
