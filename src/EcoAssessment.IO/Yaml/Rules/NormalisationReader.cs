using EcoAssessment.Diagnostics;
using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tables;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>An indicator's <c>normalise:</c>: the method and its parameters.</summary>
internal sealed class NormalisationReader(YamlContext ctx)
{
    public NormalisationRule? Read(YamlNode node)
    {
        if (ctx.Mapping(node, "normalise") is not { } map)
        {
            return null;
        }

        var m = new MapReader(ctx, map, "normalise");
        var methodNode = m.Required("method");
        NormalisationRule? result = null;
        switch (ctx.StringOrNull(methodNode, Texts.RuleWhatNormaliseMethod))
        {
            case null:
                return null;
            case "goalposts":
                var low = m.Required("low") is { } ln ? ctx.Number(ln, "low") : null;
                var high = m.Required("high") is { } hn ? ctx.Number(hn, "high") : null;
                var perYear = m.Optional("per_year") is { } pyn && ctx.Bool(pyn, "per_year") == true;
                result = low is null || high is null ? null : new GoalpostsNormalisation(low.Value, high.Value) { PerYear = perYear };
                break;
            case "minmax":
                var lo = m.Optional("lo") is { } lon ? ctx.Number(lon, "lo") : 0;
                var hi = m.Optional("hi") is { } hin ? ctx.Number(hin, "hi") : 100;
                result = lo is null || hi is null ? null : new MinMaxNormalisation(lo.Value, hi.Value);
                break;
            case "none":
                result = new NoNormalisation();
                break;
            case "zscore":
                var zm = m.Optional("m") is { } zmn ? ctx.Number(zmn, "m") : 0;
                var zs = m.Optional("s") is { } zsn ? ctx.Number(zsn, "s") : 1;
                result = zm is null || zs is null ? null : new ZScoreNormalisation(zm.Value, zs.Value);
                break;
            case "rank" or "percentile":
                var ties = TieMethod.Min;
                if (m.Optional("ties") is { } tn && ctx.String(tn, "ties") is { } tie)
                {
                    ties = tie switch
                    {
                        "min" => TieMethod.Min,
                        "average" => TieMethod.Average,
                        _ => ctx.Bad(tn, Texts.RuleValueMustBe.With(YamlContext.Key("ties"), tie, CodeTexts.Or("min", "average")), TieMethod.Min),
                    };
                }

                result = ctx.StringOrNull(methodNode, Texts.RuleWhatNormaliseMethod) == "rank" ? new RankNormalisation(ties) : new PercentileNormalisation(ties);
                break;
            case var other:
                ctx.Error(DiagnosticCodes.InvalidValue, methodNode!, Texts.RuleUnknownKind.With(Texts.RuleWhatNormalisationMethod, other, CodeTexts.List(["goalposts", "minmax", "zscore", "rank", "percentile", "none"])));
                return null;
        }

        m.RejectUnknown();
        return result is null ? null : result with { Location = ctx.At(map) };
    }
}
