using EcoAssessment.Diagnostics;
using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tables;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>The <c>adjustments:</c> section: deductions, bonuses (each with a condition) and the score bounds.</summary>
internal sealed class AdjustmentReader(YamlContext ctx, ConditionReader conditions)
{
    public AdjustmentRules Read(YamlMappingNode map)
    {
        var m = new MapReader(ctx, map, "adjustments");
        var deductions = m.Optional("deductions") is { } dn ? AdjustmentList(dn, "deductions") : [];
        var bonuses = m.Optional("bonuses") is { } bn ? AdjustmentList(bn, "bonuses") : [];
        double lower = 0, upper = 100;
        if (m.Optional("bounds") is { } bo && ctx.Sequence(bo, "bounds") is { } bs)
        {
            if (bs.Children.Count == 2 && ctx.Number(bs.Children[0], Texts.RuleWhatLowerBound) is double l && ctx.Number(bs.Children[1], Texts.RuleWhatUpperBound) is double u)
            {
                lower = l;
                upper = u;
            }
            else if (bs.Children.Count != 2)
            {
                ctx.Error(DiagnosticCodes.InvalidValue, bo, Texts.RuleBounds.With("bounds", "[lower, upper]"));
            }
        }

        m.RejectUnknown();
        return new AdjustmentRules(deductions, bonuses, lower, upper, m.Optional("bounds") is { } boundsNode ? ctx.At(boundsNode) : ctx.At(map));
    }

    private IReadOnlyList<AdjustmentRule> AdjustmentList(YamlNode node, string what)
    {
        var list = new List<AdjustmentRule>();
        if (ctx.Sequence(node, what) is not { } seq)
        {
            return list;
        }

        foreach (var item in seq.Children)
        {
            if (ctx.Mapping(item, Texts.RuleWhatAdjustment) is not { } map)
            {
                continue;
            }

            var m = new MapReader(ctx, map, Texts.RuleWhatEntryOf.With(YamlContext.Key(what)));
            var id = ctx.StringOrNull(m.Required("id"), "id");
            var name = ctx.StringOrNull(m.Optional("name"), "name") ?? id;
            var when = m.Required("when") is { } wn ? conditions.Read(wn) : null;
            var points = m.Required("points") is { } pn ? ctx.Number(pn, "points") : null;
            var cap = m.Optional("cap") is { } cn ? ctx.Number(cn, "cap") : null;
            m.RejectUnknown();
            if (id is not null && when is not null && points is not null)
            {
                list.Add(new AdjustmentRule(id, name!, when, points.Value, cap, ctx.At(map)));
            }
        }

        return list;
    }
}
