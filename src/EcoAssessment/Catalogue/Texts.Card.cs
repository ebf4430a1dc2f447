namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's sentences of the 支部告知单 (one card per branch: <c>eco explain --card</c>, <c>eco evaluate --cards</c>).</summary>
internal static partial class Texts
{
    /// <summary>The card's title.</summary>
    public static readonly Entry CardTitle = new("支部告知单", "Branch notice");

    /// <summary>The card's first line under the title. {0} branch name, {1} branch id.</summary>
    public static readonly Entry CardHeader = new("{0}（{1}）", "{0} ({1})");

    /// <summary>The card's second line under the title. {0} unit, {1} period.</summary>
    public static readonly Entry CardHeaderUnit = new("{0}　考核期{1}", "{0}, period {1}");

    /// <summary>Heading 1 of the card.</summary>
    public static readonly Entry CardSectionRating = new("一、评定结果", "1. Rating");

    /// <summary>Heading 2 of the card.</summary>
    public static readonly Entry CardSectionGap = new("二、晋级差距", "2. The way to the next tier");

    /// <summary>Heading 3 of the card.</summary>
    public static readonly Entry CardSectionChanges = new("三、最省力的改进", "3. The changes of least effort");

    /// <summary>Heading 4 of the card.</summary>
    public static readonly Entry CardSectionVetoes = new("四、须消除的一票否决", "4. Vetoes to clear");

    /// <summary>Heading 5 of the card.</summary>
    public static readonly Entry CardSectionChange = new("五、与上期相比", "5. Since the last period");

    /// <summary>The rating in one paragraph. {0} score, {1} rated branches, {2} rank, {3} rating, {4} the reasons.</summary>
    public static readonly Entry CardRating = new(
        "你支部本期得分{0}，在{1}个已定级支部中排第{2}位，评定为「{3}」。原因：{4}。",
        "The branch scored {0}, ranked {2} of {1} rated branches, and is rated '{3}'. Why: {4}.");

    /// <summary>An unrated branch. {0} the reasons.</summary>
    public static readonly Entry CardRatingUnrated = new("你支部本期未定级。原因：{0}。", "The branch is not rated this period. Why: {0}.");

    /// <summary>Deductions and bonuses, appended to the rating. {0} deducted points, {1} bonus points.</summary>
    public static readonly Entry CardAdjustments = new("扣分{0}分，加分{1}分。", "Deductions {0} points, bonuses {1} points.");

    /// <summary>A 先锋 branch. {0} points above the line, {1} the line.</summary>
    public static readonly Entry CardGapTop = new("已为先锋，得分高出先锋线（{1}分）{0}分。", "Already 先锋: {0} points above the line ({1}).");

    /// <summary>The points to the next tier's line. {0} the tier, {1} its line, {2} points short.</summary>
    public static readonly Entry CardGapThreshold = new("距「{0}」线{1}分还差{2}分。", "{2} points short of the '{0}' line ({1}).");

    /// <summary>Above the line and kept out by the quota. {0} the line, {1} the last 先锋 place's score, {2} points short.</summary>
    public static readonly Entry CardGapQuota = new(
        "得分已达先锋线{0}分，因先锋名额所限未入先锋；须超过末位先锋的得分{1}分，还差{2}分。",
        "The score reaches the 先锋 line ({0}) but the quota kept the branch out: it must pass the last 先锋 place's score {1}, {2} points short.");

    /// <summary>The score is enough; something else holds the branch. {0} the tier, {1} its line.</summary>
    public static readonly Entry CardGapEnough = new(
        "得分已达「{0}」线{1}分，本期未能晋级的原因见上（一票否决或动态管理）。",
        "The score reaches the '{0}' line ({1}); what held the branch back is given above (a veto or the dynamic limit).");

    /// <summary>An unrated branch has no gap.</summary>
    public static readonly Entry CardGapUnrated = new("本期未定级，不计算晋级差距。", "Not rated: no gap to compute.");

    /// <summary>One change that raises an indicator. {0} its number, {1} indicator name, {2} from, {3} to, {4} points.</summary>
    public static readonly Entry CardChangeUp = new("（{0}）{1}从{2}提到{3}（约加{4}分）", "({0}) {1}: from {2} up to {3} (about +{4} points)");

    /// <summary>One change that lowers an indicator (lower is better). {0} its number, {1} indicator name, {2} from, {3} to, {4} points.</summary>
    public static readonly Entry CardChangeDown = new("（{0}）{1}从{2}降到{3}（约加{4}分）", "({0}) {1}: from {2} down to {3} (about +{4} points)");

    /// <summary>The changes leave points short. {0} points.</summary>
    public static readonly Entry CardChangesShort = new(
        "以上各项改到最好仍差{0}分，须在更多方面提高。", "With these at their best, {0} points are still short: more must improve.");

    /// <summary>No change is needed or possible.</summary>
    public static readonly Entry CardChangesNone = new("无须改进指标。", "No indicator change is needed.");

    /// <summary>No indicator has room to improve.</summary>
    public static readonly Entry CardChangesNoRoom = new("各项指标已无提升余地。", "No indicator has room to improve.");

    /// <summary>How the changes were computed.</summary>
    public static readonly Entry CardChangesMethod = new(
        "（按本规则的标准化方法和权重测算：在至多三项指标中，取达到目标所需改进最少的组合。）",
        "(Computed through the rule set's normalisation and weights: of at most three indicators, the set that reaches the target with the least change.)");

    /// <summary>A veto to clear. {0} veto name, {1} how its condition held.</summary>
    public static readonly Entry CardVeto = new(
        "「{0}」：{1}。须使此条件不再成立，方可按得分定级。", "'{0}': {1}. Make the condition no longer hold to be rated by the score.");

    /// <summary>No veto to clear.</summary>
    public static readonly Entry CardVetoesNone = new("无。", "None.");

    /// <summary>The previous rating. {0} previous rating, {1} this rating, {2} the transition.</summary>
    public static readonly Entry CardPrevious = new("上期为「{0}」，本期为「{1}」，{2}。", "Last period '{0}', this period '{1}': {2}.");

    /// <summary>A branch new this period.</summary>
    public static readonly Entry CardPreviousNew = new("上期无此支部的评定结果（新参评）。", "No rating last period (new).");

    /// <summary>落后 twice in a row.</summary>
    public static readonly Entry CardRectification = new("连续两期落后，列入整顿。", "落后 twice in a row: listed for rectification.");

    /// <summary>Run without --previous.</summary>
    public static readonly Entry CardNoPrevious = new("未提供上期结果，不作比较。", "No previous period given: nothing to compare.");

    /// <summary>A per cent value. {0} the number.</summary>
    public static readonly Entry CardPercent = new("{0}%", "{0}%");

    /// <summary>An hours value. {0} the number.</summary>
    public static readonly Entry CardHours = new("{0}学时", "{0} h");

    /// <summary>Help of evaluate --cards.</summary>
    public static readonly Entry CliEvaluateCards = new(
        "把每个支部的支部告知单写入一个 .docx 文件，每个支部一页（评定结果、晋级差距、最省力的改进、须消除的一票否决、与上期相比）。",
        "Write every branch's notice card to one .docx file, one page per branch (rating, the way to the next tier, the changes of least effort, vetoes to clear, since the last period).");

    /// <summary>Help of explain --card.</summary>
    public static readonly Entry CliExplainCard = new("打印此支部的支部告知单，而不是完整的计算过程。", "Print the branch's notice card instead of the whole trace.");
}
