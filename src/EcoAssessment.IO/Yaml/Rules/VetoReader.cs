using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tables;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>One entry of <c>rating.vetoes:</c>: a condition that forces or caps the rating.</summary>
internal sealed class VetoReader(YamlContext ctx, ConditionReader conditions)
{
    public VetoRule? Read(YamlNode node, IReadOnlyList<GradeBand> grades)
    {
        if (ctx.Mapping(node, Texts.RuleWhatVeto) is not { } map)
        {
            return null;
        }

        var m = new MapReader(ctx, map, Texts.RuleWhatVeto);
        var id = ctx.StringOrNull(m.Required("id"), "id");
        var name = ctx.StringOrNull(m.Optional("name"), "name") ?? id;
        var when = m.Required("when") is { } wn ? conditions.Read(wn) : null;
        var force = m.Optional("force");
        var cap = m.Optional("cap");
        VetoEffect effect = VetoEffect.Force;
        Model.Rating tier = Model.Rating.Laggard;
        string? gradeCap = null;
        var ok = true;
        if ((force is null) == (cap is null))
        {
            ctx.Error(DiagnosticCodes.InvalidValue, map, Texts.RuleVetoEffect.With("force:", "cap:"));
            ok = false;
        }
        else
        {
            var tn = force ?? cap!;
            effect = force is not null ? VetoEffect.Force : VetoEffect.Cap;
            var t = ctx.String(tn, "tier");
            if (t is not null && RatingLabels.TryParse(t, out var r) && r != Model.Rating.Unrated)
            {
                tier = r;
            }
            else if (t is not null && effect == VetoEffect.Cap && grades.FirstOrDefault(g => g.Name == t) is { } grade)
            {
                // A cap on a grade (分类定级: satisfaction below 90 % cannot be 好 or 较好 → cap: 一般).
                tier = grade.Rating;
                gradeCap = grade.Name;
            }
            else
            {
                var gradeNames = grades.Count > 0 ? Texts.RuleVetoGrades.With(CodeTexts.List(grades.Select(g => g.Name)), "cap") : Text.Plain(string.Empty);
                ctx.Error(DiagnosticCodes.InvalidValue, tn, Texts.RuleVetoTier.With(gradeNames));
                ok = false;
            }
        }

        var window = AnnualWindow.Period;
        if (m.Optional("window") is { } win && WindowReader.Read(ctx, win, "window") is AnnualWindow w)
        {
            if (when is not null && !WindowReader.CountsMeetings(when))
            {
                ctx.Error(DiagnosticCodes.WindowInvalid, win, Texts.RuleWindowNoCount.With(YamlContext.Key("window"), id ?? "?", "count: meetings"));
                ok = false;
            }

            window = w;
        }

        m.RejectUnknown();
        return ok && id is not null && when is not null ? new VetoRule(id, name!, when, effect, tier, ctx.At(map)) { GradeCap = gradeCap, Window = window } : null;
    }
}
