using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tables;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>The <c>rating:</c> section: min_coverage, thresholds, grades, vetoes, dynamic, quota (share, rounding, min), tie_break, rate_temporary.</summary>
internal sealed class RatingReader(YamlContext ctx, VetoReader vetoReader)
{
    public RatingRules? Read(YamlMappingNode map)
    {
        var m = new MapReader(ctx, map, "rating");
        var minCoverage = m.Optional("min_coverage") is { } mcn ? ctx.Number(mcn, "min_coverage") : 0;
        Thresholds? thresholds = null;
        if (m.Required("thresholds") is { } tn && ctx.Mapping(tn, "thresholds") is { } tm)
        {
            var t = new MapReader(ctx, tm, "thresholds");
            decimal? vanguard = null, laggard = null;
            foreach (var (key, english, comparator) in new[] { ("先锋", "vanguard", "min"), ("落后", "laggard", "below") })
            {
                var node = ctx.Either(t, key, english, tm);
                if (node is null)
                {
                    ctx.Error(DiagnosticCodes.MissingKey, tm, Texts.RuleThresholdMissing.With("thresholds", key, comparator));
                    continue;
                }

                if (ctx.Mapping(node, key) is { } bm)
                {
                    var b = new MapReader(ctx, bm, Texts.RuleWhatThreshold.With(key));
                    var v = b.Required(comparator) is { } thn ? ctx.Decimal(thn, comparator) : null;
                    b.RejectUnknown();
                    if (key == "先锋") vanguard = v; else laggard = v;
                }
            }

            t.RejectUnknown();
            if (vanguard is not null && laggard is not null)
            {
                thresholds = new Thresholds(vanguard.Value, laggard.Value, ctx.At(tm));
            }
        }

        var grades = new List<GradeBand>();
        if (m.Optional("grades") is { } gn && ctx.Sequence(gn, "grades") is { } gs)
        {
            foreach (var item in gs.Children)
            {
                if (ctx.Mapping(item, Texts.RuleWhatGrade) is not { } gm)
                {
                    continue;
                }

                var g = new MapReader(ctx, gm, Texts.RuleWhatGrade);
                var gradeName = ctx.StringOrNull(g.Required("name"), Texts.RuleWhatGradeName);
                var gradeMin = g.Optional("min") is { } gmin ? ctx.Decimal(gmin, "min") : null;
                Model.Rating? mapped = null;
                if (g.Required("rating") is { } grn && ctx.String(grn, "rating") is { } rt)
                {
                    if (RatingLabels.TryParse(rt, out var parsed) && parsed != Model.Rating.Unrated)
                    {
                        mapped = parsed;
                    }
                    else
                    {
                        ctx.Error(DiagnosticCodes.InvalidValue, grn, Texts.RuleGradeRating.With("rating"));
                    }
                }

                g.RejectUnknown();
                if (gradeName is not null && mapped is not null)
                {
                    grades.Add(new GradeBand(gradeName, gradeMin, mapped.Value, ctx.At(gm)));
                }
            }
        }

        var vetoes = new List<VetoRule>();
        if (m.Optional("vetoes") is { } vn && ctx.Sequence(vn, "vetoes") is { } vs)
        {
            foreach (var v in vs.Children)
            {
                if (vetoReader.Read(v, grades) is { } veto)
                {
                    vetoes.Add(veto);
                }
            }
        }

        DynamicRules? dynamic = null;
        if (m.Optional("dynamic") is { } dn && ctx.Mapping(dn, "dynamic") is { } dm)
        {
            var d = new MapReader(ctx, dm, "dynamic");
            var maxPromotion = d.Optional("max_promotion") is { } mp ? ctx.Integer(mp, "max_promotion") : null;
            var rectifyAfter = d.Optional("rectify_after") is { } ra ? ctx.Integer(ra, "rectify_after") : null;
            var withinYear = d.Optional("within_year") is { } wy && ctx.Bool(wy, "within_year") == true;
            d.RejectUnknown();
            dynamic = new DynamicRules(maxPromotion, rectifyAfter, ctx.At(dm)) { WithinYear = withinYear };
        }

        decimal? quota = null;
        SourceLocation? quotaAt = null;
        var rounding = QuotaRounding.Floor;
        var quotaMin = 0;
        SourceLocation? quotaMinAt = null;
        if (m.Optional("quota") is { } qn && ctx.Mapping(qn, "quota") is { } qm)
        {
            var q = new MapReader(ctx, qm, "quota");
            var node = ctx.Either(q, "先锋", "vanguard", qm);
            if (node is null)
            {
                ctx.Error(DiagnosticCodes.MissingKey, qm, Texts.RuleQuotaMissing.With("quota"));
            }
            else
            {
                quota = ctx.Decimal(node, "quota");
                quotaAt = ctx.At(node);
            }

            if (q.Optional("rounding") is { } rn && ctx.String(rn, "rounding") is { } rv)
            {
                switch (rv)
                {
                    case "floor": rounding = QuotaRounding.Floor; break;
                    case "round": rounding = QuotaRounding.Round; break;
                    case "ceil": rounding = QuotaRounding.Ceiling; break;
                    default:
                        ctx.Error(DiagnosticCodes.InvalidValue, rn, Texts.RuleQuotaRounding.With(YamlContext.Key("rating.quota.rounding"), rv, CodeTexts.Or("floor", "round", "ceil")));
                        break;
                }
            }

            if (q.Optional("min") is { } qmn && ctx.Integer(qmn, "min") is int qmin)
            {
                quotaMin = qmin;
                quotaMinAt = ctx.At(qmn);
            }

            q.RejectUnknown();
        }

        var tieBreak = new List<TieBreakKey>();
        if (m.Optional("tie_break") is { } tbn && ctx.Strings(tbn, "tie_break") is { } keys)
        {
            foreach (var (k, n) in keys)
            {
                var at = ctx.At(n);
                if (k == "score") tieBreak.Add(new TieBreakKey(TieBreakKind.Score, null, at));
                else if (k == "branch_id") tieBreak.Add(new TieBreakKey(TieBreakKind.BranchId, null, at));
                else if (k.StartsWith("dimension.", StringComparison.Ordinal)) tieBreak.Add(new TieBreakKey(TieBreakKind.Dimension, k["dimension.".Length..], at));
                else if (k.StartsWith("indicator.", StringComparison.Ordinal)) tieBreak.Add(new TieBreakKey(TieBreakKind.Indicator, k["indicator.".Length..], at));
                else ctx.Error(DiagnosticCodes.InvalidValue, n, Texts.RuleTieBreakKey.With("tie_break", k, CodeTexts.Or("score", "branch_id", "dimension.<id>", "indicator.<id>")));
            }
        }
        else
        {
            tieBreak.AddRange([new TieBreakKey(TieBreakKind.Score), new TieBreakKey(TieBreakKind.BranchId)]);
        }

        var rateTemporary = m.Optional("rate_temporary") is { } rtn && ctx.Bool(rtn, "rate_temporary") == true;
        m.RejectUnknown();
        if (thresholds is null || minCoverage is null)
        {
            return null;
        }

        return new RatingRules
        {
            MinCoverage = minCoverage.Value,
            Thresholds = thresholds,
            Vetoes = vetoes,
            Dynamic = dynamic,
            VanguardQuota = quota,
            QuotaLocation = quotaAt,
            QuotaRounding = rounding,
            QuotaMin = quotaMin,
            QuotaMinLocation = quotaMinAt,
            TieBreak = tieBreak,
            Grades = grades,
            RateTemporary = rateTemporary,
            Location = ctx.At(map),
        };
    }
}
