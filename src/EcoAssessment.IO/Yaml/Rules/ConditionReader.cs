using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tables;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>A condition (<c>when:</c> of an adjustment or a veto): indicator, normalised, fact, count, finding, any, all, not.</summary>
internal sealed class ConditionReader(YamlContext ctx)
{
    private static readonly string[] Comparators = ["below", "max", "min", "above"];

    private Comparison? ComparisonOf(MapReader m)
    {
        double? below = null, max = null, min = null, above = null;
        var ok = true;
        foreach (var c in Comparators)
        {
            if (m.Optional(c) is { } n)
            {
                var v = ctx.Number(n, c);
                ok &= v is not null;
                switch (c)
                {
                    case "below": below = v; break;
                    case "max": max = v; break;
                    case "min": min = v; break;
                    default: above = v; break;
                }
            }
        }

        return ok ? new Comparison(below, max, min, above) : null;
    }

    private static readonly string[] ConditionKinds = ["indicator", "normalised", "fact", "count", "finding", "any", "all", "not"];

    public Condition? Read(YamlNode node)
    {
        if (ctx.Mapping(node, Texts.RuleWhatCondition) is not { } map)
        {
            return null;
        }

        var m = new MapReader(ctx, map, Texts.RuleWhatCondition);
        var kinds = ConditionKinds.Where(k => m.Keys.Contains(k)).ToArray();
        if (kinds.Length != 1)
        {
            ctx.Error(kinds.Length == 0 ? DiagnosticCodes.MissingKey : DiagnosticCodes.InvalidValue, map,
                Texts.RuleConditionKinds.With(CodeTexts.List(ConditionKinds), kinds.Length > 1 ? Texts.RuleConditionFound.With(CodeTexts.List(kinds), "all:") : Text.Plain(string.Empty)));
            return null;
        }

        Condition? result = null;
        var kind = kinds[0];
        var body = m.Required(kind)!;
        switch (kind)
        {
            case "indicator" or "normalised" or "fact":
            {
                var id = ctx.String(body, kind);
                var cmp = ComparisonOf(m);
                if (id is not null && cmp is not null)
                {
                    result = kind switch
                    {
                        "indicator" => new IndicatorCondition(id, cmp),
                        "normalised" => new NormalisedCondition(id, cmp),
                        _ => new FactCondition(id, cmp),
                    };
                }

                break;
            }

            case "count":
            {
                var filter = CountFilter(body);
                var cmp = ComparisonOf(m);
                if (filter is not null && cmp is not null)
                {
                    result = new CountCondition(filter, cmp);
                }

                break;
            }

            case "finding":
                if (FindingFilterOf(body) is { } ff)
                {
                    result = new FindingCondition(ff);
                }

                break;
            case "any" or "all":
            {
                var items = new List<Condition>();
                var ok = true;
                if (ctx.Sequence(body, kind) is { } seq)
                {
                    foreach (var c in seq.Children)
                    {
                        var inner = Read(c);
                        ok &= inner is not null;
                        if (inner is not null)
                        {
                            items.Add(inner);
                        }
                    }

                    if (seq.Children.Count == 0)
                    {
                        ctx.Error(DiagnosticCodes.InvalidValue, body, Texts.RuleConditionEmpty.With(kind));
                        ok = false;
                    }
                }
                else
                {
                    ok = false;
                }

                if (ok)
                {
                    result = kind == "any" ? new AnyCondition(items) : new AllCondition(items);
                }

                break;
            }

            case "not":
                if (Read(body) is { } innerNot)
                {
                    result = new NotCondition(innerNot);
                }

                break;
        }

        m.RejectUnknown();
        return result is null ? null : result with { Location = ctx.At(map) };
    }

    private RecordFilter? CountFilter(YamlNode node)
    {
        if (ctx.Mapping(node, "count") is not { } map)
        {
            return null;
        }

        if (map.Children.Count != 1)
        {
            ctx.Error(DiagnosticCodes.InvalidValue, map, Texts.RuleCountOneTable.With("count:", "{ meetings: {...} }", "{ findings: {...} }"));
            return null;
        }

        var (k, v) = map.Children.First();
        var table = (k as YamlScalarNode)?.Value;
        switch (table)
        {
            case "meetings":
            {
                if (YamlContext.IsNull(v))
                {
                    return new MeetingFilter(null, null);
                }

                if (ctx.Mapping(v, Texts.RuleWhatMeetingsFilterValue) is not { } fm)
                {
                    return null;
                }

                var m = new MapReader(ctx, fm, Texts.RuleWhatMeetingsFilter);
                var types = m.Optional("type") is { } tn ? ctx.Codes<MeetingType>(tn, InputCatalogue.MeetingTypes, "type") : null;
                var theme = m.Optional("theme_day") is { } thn ? ctx.Bool(thn, "theme_day") : null;
                m.RejectUnknown();
                return new MeetingFilter(types, theme);
            }

            case "findings":
                return FindingFilterOf(v) is { } ff ? new FindingCountFilter(ff) : null;
            default:
                ctx.Error(DiagnosticCodes.InvalidValue, k, Texts.RuleCountWhichTable.With("count:", table, "meetings", "findings"));
                return null;
        }
    }

    private FindingFilter? FindingFilterOf(YamlNode node)
    {
        if (YamlContext.IsNull(node))
        {
            return new FindingFilter { Location = ctx.At(node) };
        }

        if (ctx.Mapping(node, Texts.RuleWhatFindingFilter) is not { } map)
        {
            return null;
        }

        var m = new MapReader(ctx, map, Texts.RuleWhatFindingFilter);
        var ok = true;
        IntFilter? form = null;
        if (m.Optional("form") is { } fn)
        {
            form = IntFilterOf(fn, "form");
            ok &= form is not null;
        }

        IReadOnlyList<MemberRole>? roles = null;
        if (m.Optional("role") is { } rn)
        {
            roles = Roles(rn);
            ok &= roles is not null;
        }

        var sources = m.Optional("source") is { } sn ? ctx.Codes<FindingSource>(sn, InputCatalogue.FindingSources, "source") : null;
        var categories = m.Optional("category") is { } cn ? ctx.Codes<FindingCategory>(cn, InputCatalogue.FindingCategories, "category") : null;
        var tolerances = m.Optional("tolerance") is { } tn ? ctx.Codes<Tolerance>(tn, InputCatalogue.Tolerances, "tolerance") : null;
        var resp = m.Optional("responsibility") is { } ren ? ctx.Codes<ResponsibleRole>(ren, InputCatalogue.Responsibilities, "responsibility") : null;
        var open = m.Optional("open") is { } on ? ctx.Bool(on, "open") : null;
        var overdue = m.Optional("overdue") is { } odn ? ctx.Bool(odn, "overdue") : null;
        ok &= (m.Optional("source") is null || sources is not null) && (m.Optional("category") is null || categories is not null)
            && (m.Optional("tolerance") is null || tolerances is not null) && (m.Optional("responsibility") is null || resp is not null)
            && (m.Optional("open") is null || open is not null) && (m.Optional("overdue") is null || overdue is not null);
        m.RejectUnknown();
        return ok
            ? new FindingFilter
            {
                Form = form, Roles = roles, Sources = sources, Categories = categories, Tolerances = tolerances,
                Responsibilities = resp, Open = open, Overdue = overdue, Location = ctx.At(map),
            }
            : null;
    }

    /// <summary>Roles; <c>committee</c> means the whole committee: secretary, deputy secretary and committee members.</summary>
    private IReadOnlyList<MemberRole>? Roles(YamlNode node)
    {
        var items = ctx.Strings(node, "role");
        if (items is null)
        {
            return null;
        }

        var list = new List<MemberRole>();
        foreach (var (v, n) in items)
        {
            if (InputCatalogue.MemberRoles.TryParse(v, out var code) && (MemberRole)code == MemberRole.Committee)
            {
                // committee (委员, 支委) in a condition means the whole committee, however it is written.
                list.AddRange([MemberRole.Secretary, MemberRole.DeputySecretary, MemberRole.Committee]);
            }
            else if (InputCatalogue.MemberRoles.TryParse(v, out var idx))
            {
                list.Add((MemberRole)idx);
            }
            else
            {
                ctx.Error(DiagnosticCodes.UnknownCode, n, Texts.RuleUnknownRole.With(v, "committee", CodeTexts.Choices(InputCatalogue.MemberRoles)));
                return null;
            }
        }

        return list.Distinct().ToArray();
    }

    private IntFilter? IntFilterOf(YamlNode node, string what)
    {
        switch (node)
        {
            case YamlScalarNode s:
                return ctx.Integer(s, what) is int v ? new IntFilter([v], null, null) : null;
            case YamlSequenceNode seq:
            {
                var values = new List<int>();
                foreach (var c in seq.Children)
                {
                    if (ctx.Integer(c, what) is not int item)
                    {
                        return null;
                    }

                    values.Add(item);
                }

                return new IntFilter(values, null, null);
            }

            case YamlMappingNode map:
            {
                var m = new MapReader(ctx, map, Texts.RuleWhatRange.With(YamlContext.Key(what)));
                var min = m.Optional("min") is { } mn ? ctx.Integer(mn, "min") : null;
                var max = m.Optional("max") is { } mx ? ctx.Integer(mx, "max") : null;
                m.RejectUnknown();
                if (min is null && max is null)
                {
                    ctx.Error(DiagnosticCodes.MissingKey, map, Texts.RuleRangeNeedsEnd.With(YamlContext.Key(what), "min", "max"));
                    return null;
                }

                return new IntFilter(null, min, max);
            }

            default:
                return null;
        }
    }
}
