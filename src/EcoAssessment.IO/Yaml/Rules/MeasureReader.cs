using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tables;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>An indicator's <c>measure:</c> (DESIGN.md §4): its kind and the keys that kind takes.</summary>
internal sealed class MeasureReader(YamlContext ctx)
{
    private static readonly string[] MeasureKinds =
    [
        "meeting_completion", "theme_day_coverage", "attendance", "annual_review", "finding_severity", "finding_count", "rectification_on_time",
        "assessment_ratio", "study_compliance", "study_hours", "study_forms", "micro_lecture_share", "original_texts_share",
        "volunteer_hours", "special_task_share", "value",
    ];

    public Measure? Read(YamlNode node)
    {
        if (ctx.Mapping(node, "measure") is not { } map)
        {
            return null;
        }

        var m = new MapReader(ctx, map, "measure");
        var kindNode = m.Required("kind");
        var kind = ctx.StringOrNull(kindNode, Texts.RuleWhatMeasureKind);
        Measure? result = null;
        switch (kind)
        {
            case null:
                return null; // without a kind the other keys cannot be judged: reporting them as unknown would mislead
            case "meeting_completion":
            {
                var types = m.Required("types") is { } tn ? ctx.Codes<MeetingType>(tn, InputCatalogue.MeetingTypes, "types") : null;
                var expected = new Dictionary<MeetingType, double>();
                if (m.Optional("expected") is { } en && ctx.Mapping(en, "expected") is { } em)
                {
                    foreach (var (k, v) in em.Children)
                    {
                        if (ctx.String(k, Texts.CodesMeetingType) is { } code && InputCatalogue.MeetingTypes.TryParse(code, out var idx))
                        {
                            if (ctx.Number(v, Texts.RuleWhatExpectedPerYear) is double d)
                            {
                                expected[(MeetingType)idx] = d;
                            }
                        }
                        else
                        {
                            ctx.Error(DiagnosticCodes.UnknownCode, k, Texts.RuleUnknownMeetingType.With(CodeTexts.Choices(InputCatalogue.MeetingTypes)));
                        }
                    }
                }

                result = types is null ? null : new MeetingCompletionMeasure(types, expected);
                break;
            }

            case "theme_day_coverage":
                result = new ThemeDayCoverageMeasure();
                break;
            case "attendance":
            {
                var types = m.Optional("types") is { } tn ? ctx.Codes<MeetingType>(tn, InputCatalogue.MeetingTypes, "types") : [];
                result = types is null ? null : new AttendanceMeasure(types);
                break;
            }

            case "annual_review":
            {
                var types = m.Optional("types") is { } tn ? ctx.Codes<MeetingType>(tn, InputCatalogue.MeetingTypes, "types") : [MeetingType.OrgLifeReview, MeetingType.MemberReview];
                result = types is null ? null : new AnnualReviewMeasure(types);
                break;
            }

            case "finding_severity":
            {
                var per = m.Optional("per_members") is { } pn ? ctx.Number(pn, "per_members") : 10;
                var weights = new Dictionary<int, double> { [1] = 0, [2] = 3, [3] = 6, [4] = 10 };
                if (m.Optional("form_weights") is { } fw && ctx.Mapping(fw, "form_weights") is { } fm)
                {
                    weights.Clear();
                    foreach (var (k, v) in fm.Children)
                    {
                        if (ctx.Integer(k, "form") is int f && ctx.Number(v, Texts.RuleWhatFormWeight) is double w)
                        {
                            weights[f] = w;
                        }
                    }
                }

                result = per is null ? null : new FindingSeverityMeasure(per.Value, weights);
                break;
            }

            case "finding_count":
            {
                var per = m.Optional("per_members") is { } pn ? ctx.Number(pn, "per_members") : 10;
                var cats = m.Required("categories") is { } cn ? ctx.Codes<FindingCategory>(cn, InputCatalogue.FindingCategories, "categories") : null;
                List<int>? forms = null;
                if (m.Optional("forms") is { } fsn && ctx.Strings(fsn, "forms") is { } fs)
                {
                    forms = [];
                    foreach (var x in fs)
                    {
                        if (ctx.Integer(x.Node, "forms") is int f)
                        {
                            forms.Add(f);
                        }
                    }
                }

                result = per is null || cats is null ? null : new FindingCountMeasure(cats, per.Value, forms);
                break;
            }

            case "rectification_on_time":
                result = new RectificationOnTimeMeasure();
                break;
            case "assessment_ratio":
            {
                var items = m.Required("items") is { } itn ? ctx.Strings(itn, "items") : null;
                result = items is null ? null : new AssessmentRatioMeasure(items.Select(x => x.Value).ToArray());
                break;
            }

            case "value":
                result = new ValueMeasure(ctx.StringOrNull(m.Optional("column"), "column"));
                break;
            case "study_compliance":
            {
                var hours = m.Optional("hours") is { } hn ? ctx.Number(hn, "hours") : null;
                var points = m.Optional("points") is { } pn ? ctx.Number(pn, "points") : null;
                if (hours is null && points is null)
                {
                    ctx.Error(DiagnosticCodes.MissingKey, map, Texts.RuleStudyTarget.With("study_compliance", "hours", "points"));
                }
                else
                {
                    result = new StudyComplianceMeasure(hours, points);
                }

                break;
            }

            case "study_hours":
                result = new StudyHoursMeasure();
                break;
            case "study_forms":
            {
                var fn = m.Required("forms");
                var forms = fn is not null ? ctx.Codes<StudyForm>(fn, InputCatalogue.StudyForms, "forms") : null;
                if (forms is not null && forms.Any(f => !InputCatalogue.IsStudy(f)))
                {
                    var service = forms.First(f => !InputCatalogue.IsStudy(f));
                    // 志愿服务 and any other service form are never study (DOMAIN §5).
                    ctx.Error(DiagnosticCodes.InvalidValue, fn!, Texts.RuleStudyFormsService.With("study_forms", "forms", InputCatalogue.StudyForms.CodeOf((int)service)));
                    forms = null;
                }

                result = forms is null ? null : new StudyFormsMeasure(forms);
                break;
            }

            case "micro_lecture_share":
                result = new MicroLectureShareMeasure();
                break;
            case "original_texts_share":
                result = new OriginalTextsShareMeasure();
                break;
            case "volunteer_hours":
                result = new VolunteerHoursMeasure { Column = ctx.StringOrNull(m.Optional("column"), "column") };
                break;
            case "special_task_share":
                result = new SpecialTaskShareMeasure { Column = ctx.StringOrNull(m.Optional("column"), "column") };
                break;
            default:
                ctx.Error(DiagnosticCodes.InvalidValue, kindNode!, Texts.RuleUnknownKind.With(Texts.RuleWhatMeasureKind, kind, CodeTexts.List(MeasureKinds)));
                return null; // the other keys belong to a kind we do not know: reporting them as unknown would mislead
        }

        m.RejectUnknown();
        return result is null ? null : result with { Location = ctx.At(map) };
    }
}
