using EcoAssessment.Diagnostics;
using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

/// <summary>The treatment sections run before normalising: <c>imputation:</c> and <c>outliers:</c>.</summary>
internal sealed class TreatmentReader(YamlContext ctx)
{
    /// <summary>The <c>imputation:</c> mapping: method (none, mean, group_mean) and by (unit, type).</summary>
    public ImputationRule Imputation(YamlMappingNode imm)
    {
        var im = new MapReader(ctx, imm, "imputation");
        var method = im.Required("method") is { } methodNode && ctx.String(methodNode, "imputation method") is { } mt
            ? mt switch
            {
                "none" => ImputationMethod.None,
                "mean" => ImputationMethod.Mean,
                "group_mean" => ImputationMethod.GroupMean,
                _ => ctx.Bad(methodNode, $"imputation method '{mt}' must be none, mean or group_mean", ImputationMethod.None),
            }
            : ImputationMethod.None;
        var by = im.Optional("by") is { } byNode && ctx.String(byNode, "by") is { } bt
            ? bt switch
            {
                "unit" => ImputationGroup.Unit,
                "type" => ImputationGroup.Type,
                _ => ctx.Bad(byNode, $"imputation by '{bt}' must be unit or type", ImputationGroup.Unit),
            }
            : ImputationGroup.Unit;
        im.RejectUnknown();
        return new ImputationRule(method, by, ctx.At(imm));
    }

    /// <summary>The <c>outliers:</c> mapping: method (none, winsorise) and max_points.</summary>
    public OutlierRule Outliers(YamlMappingNode om)
    {
        var orr = new MapReader(ctx, om, "outliers");
        var winsorise = orr.Required("method") is { } omn && ctx.String(omn, "outliers method") is { } ot
            && (ot == "winsorise" || (ot != "none" && ctx.Bad(omn, $"outliers method '{ot}' must be none or winsorise", false)));
        var maxPoints = orr.Optional("max_points") is { } mp ? ctx.Integer(mp, "max_points") ?? 5 : 5;
        if (maxPoints < 0)
        {
            ctx.Error(DiagnosticCodes.InvalidNumber, om, "max_points must be 0 or more");
        }

        orr.RejectUnknown();
        return new OutlierRule(winsorise, maxPoints, ctx.At(om));
    }
}
