using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Tables;
using EcoAssessment.Rules;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

/// <summary><c>window:</c> of an indicator or a veto: period, rolling_12_months or year_to_date (<see cref="AnnualWindow"/>).</summary>
internal static class WindowReader
{
    /// <summary>The window written at <paramref name="node"/>, or null with a located error.</summary>
    public static AnnualWindow? Read(YamlContext ctx, YamlNode node, string key)
    {
        if (ctx.String(node, key) is not { } word)
        {
            return null;
        }

        var k = AnnualWindows.Names.ToList().IndexOf(word);
        if (k >= 0)
        {
            return (AnnualWindow)k;
        }

        ctx.Error(DiagnosticCodes.WindowInvalid, node, Texts.RuleWindowUnknown.With(YamlContext.Key(key), word, CodeTexts.Or([.. AnnualWindows.Names])));
        return null;
    }

    /// <summary>Whether a condition counts meetings somewhere (what a veto's window changes).</summary>
    public static bool CountsMeetings(Condition c) => c switch
    {
        CountCondition { Filter: MeetingFilter } => true,
        AnyCondition a => a.Conditions.Any(CountsMeetings),
        AllCondition a => a.Conditions.Any(CountsMeetings),
        NotCondition n => CountsMeetings(n.Inner),
        _ => false,
    };
}
