using EcoAssessment.Diagnostics;
using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tables;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>The treatment sections: <c>imputation:</c> and <c>outliers:</c> run before normalising, <c>tolerance:</c> limits 容错.</summary>
internal sealed class TreatmentReader(YamlContext ctx)
{
    /// <summary>The <c>imputation:</c> mapping: method (none, mean, group_mean) and by (unit, type).</summary>
    public ImputationRule Imputation(YamlMappingNode imm)
    {
        var im = new MapReader(ctx, imm, "imputation");
        var method = im.Required("method") is { } methodNode && ctx.String(methodNode, Texts.RuleWhatImputationMethod) is { } mt
            ? mt switch
            {
                "none" => ImputationMethod.None,
                "mean" => ImputationMethod.Mean,
                "group_mean" => ImputationMethod.GroupMean,
                _ => ctx.Bad(methodNode, Texts.RuleValueMustBe.With(Texts.RuleWhatImputationMethod, mt, CodeTexts.Or("none", "mean", "group_mean")), ImputationMethod.None),
            }
            : ImputationMethod.None;
        var by = im.Optional("by") is { } byNode && ctx.String(byNode, "by") is { } bt
            ? bt switch
            {
                "unit" => ImputationGroup.Unit,
                "type" => ImputationGroup.Type,
                _ => ctx.Bad(byNode, Texts.RuleValueMustBe.With(Texts.RuleWhatImputationBy, bt, CodeTexts.Or("unit", "type")), ImputationGroup.Unit),
            }
            : ImputationGroup.Unit;
        im.RejectUnknown();
        return new ImputationRule(method, by, ctx.At(imm));
    }

    /// <summary>The <c>outliers:</c> mapping: method (none, winsorise) and max_points.</summary>
    public OutlierRule Outliers(YamlMappingNode om)
    {
        var orr = new MapReader(ctx, om, "outliers");
        var winsorise = orr.Required("method") is { } omn && ctx.String(omn, Texts.RuleWhatOutliersMethod) is { } ot
            && (ot == "winsorise" || (ot != "none" && ctx.Bad(omn, Texts.RuleValueMustBe.With(Texts.RuleWhatOutliersMethod, ot, CodeTexts.Or("none", "winsorise")), false)));
        var maxPoints = orr.Optional("max_points") is { } mp ? ctx.Integer(mp, "max_points") ?? 5 : 5;
        if (maxPoints < 0)
        {
            ctx.Error(DiagnosticCodes.InvalidNumber, om, Texts.RuleNotNegative.With("max_points"));
        }

        orr.RejectUnknown();
        return new OutlierRule(winsorise, maxPoints, ctx.At(om));
    }

    /// <summary>The <c>tolerance:</c> mapping: lenient_form3 (default false), whether a form-3 finding may be 从轻/减轻.</summary>
    public ToleranceRules Tolerance(YamlMappingNode tm)
    {
        var tr = new MapReader(ctx, tm, "tolerance");
        var lenient = tr.Optional("lenient_form3") is { } ln && ctx.Bool(ln, Texts.RuleWhatLenientForm3) == true;
        tr.RejectUnknown();
        return new ToleranceRules(lenient, ctx.At(tm));
    }
}
