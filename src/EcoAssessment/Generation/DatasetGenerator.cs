using EcoAssessment.Model;

namespace EcoAssessment.Generation;

/// <summary>Options of <see cref="DatasetGenerator"/>.</summary>
/// <param name="Branches">How many branches (≥ 1).</param>
/// <param name="Seed">The seed: the same options always give the same records.</param>
/// <param name="Year">The calendar year the records cover.</param>
internal sealed record GeneratorOptions(int Branches, ulong Seed = 2024, int Year = 2024);

/// <summary>A row of the wide <c>indicators</c> table: one value (or blank) per <see cref="DatasetGenerator.IndicatorColumns"/>.</summary>
internal sealed record IndicatorRow(string BranchId, IReadOnlyList<double?> Values);

/// <summary>Receives generated records table by table, in a fixed order; writers stream them to files.</summary>
internal interface IDatasetSink
{
    void Branch(BranchRecord record);

    void Member(MemberRecord record);

    void Meeting(MeetingRecord record);

    void Study(StudyRecord record);

    void Assessment(AssessmentRecord record);

    void Finding(FindingRecord record);

    void Indicators(IndicatorRow row);

    void Unit(UnitRecord record);
}

/// <summary>
/// Generates a realistic synthetic dataset (DESIGN.md §5 <c>eco generate</c>): the provincial department (厅机关), the 11
/// city bureaus of Zhejiang and a few 事业单位; meetings at the 支部工作条例 frequencies with gaps that follow each branch's
/// diligence; monthly study per member; 双强双优 items with PF-/OR-/CO-/PE- codes; findings in roughly the national 四种形态
/// mix with exemptions, lenient handling and overdue items; temporary and joint branches with home/temporary memberships.
/// With 12 or more branches it also plants one case of every default veto, an exempt and a lenient finding, and a branch
/// whose records cover too little to be rated, so that a sample shows every path of the rating.
/// Pure and deterministic: randomness comes only from <see cref="GeneratorOptions.Seed"/> through <see cref="SeededRandom"/>,
/// and memory grows with branches, not records (records are emitted branch by branch).
/// </summary>
internal static partial class DatasetGenerator
{
    /// <summary>The columns of the generated wide indicators table.</summary>
    public static IReadOnlyList<string> IndicatorColumns { get; } =
        ["risk_point_coverage", "special_task_share", "volunteer_hours", "public_service_events", "recognitions", "satisfaction"];

    private sealed record UnitSpec(string Code, string Name, double Share, IReadOnlyList<string> BranchNames);

    private static readonly string[] Districts =
    [
        "杭州:上城,拱墅,西湖,滨江,萧山,余杭,临平,钱塘,富阳,临安,桐庐,淳安,建德",
        "宁波:海曙,江北,北仑,镇海,鄞州,奉化,余姚,慈溪,宁海,象山",
        "温州:鹿城,龙湾,瓯海,洞头,瑞安,乐清,龙港,永嘉,平阳,苍南,文成,泰顺",
        "嘉兴:南湖,秀洲,嘉善,平湖,海盐,海宁,桐乡",
        "湖州:吴兴,南浔,德清,长兴,安吉",
        "绍兴:越城,柯桥,上虞,诸暨,嵊州,新昌",
        "金华:婺城,金东,兰溪,东阳,义乌,永康,浦江,武义,磐安",
        "衢州:柯城,衢江,江山,常山,开化,龙游",
        "舟山:定海,普陀,岱山,嵊泗",
        "台州:椒江,黄岩,路桥,临海,温岭,玉环,三门,天台,仙居",
        "丽水:莲都,龙泉,青田,缙云,遂昌,松阳,云和,庆元,景宁",
    ];

    private static readonly string[] CityCodes = ["HZ", "NB", "WZ", "JX", "HU", "SX", "JH", "QZ", "ZS", "TZ", "LS"];

    private static readonly string[] DepartmentNames =
    [
        "办公室", "综合规划处", "法规与标准处", "行政审批处", "生态环境监测处", "水生态环境处", "大气环境处", "土壤生态环境处",
        "固体废物与化学品处", "自然生态保护处", "核与辐射安全监管处", "环境影响评价与排放管理处", "生态环境执法监督处", "督察办",
        "科技与财务处", "宣传教育处", "人事处", "机关党委办公室", "离退休干部处",
    ];

    /// <summary>What is decided about a branch before any record is made (kept for all branches: O(branches)).</summary>
    private sealed record Skeleton(int Index, string Id, string Name, UnitSpec Unit, BranchType Type, int Members, double Quality, Plant Plant)
    {
        /// <summary>How the branch's quality moves per year (improving or declining branches).</summary>
        public double Trend { get; init; }

        public int FirstYear { get; init; } = int.MinValue;

        public int LastYear { get; init; } = int.MaxValue;
    }

    /// <summary>
    /// The year the organisation's structure is anchored on: <c>--branches N</c> counts the branches that exist in it.
    /// A few are founded in that year (absent earlier) and a few more were dissolved the year before (present only
    /// earlier), so consecutive years show new and removed branches; qualities drift by a per-branch trend.
    /// </summary>
    public const int StructureYear = 2024;

    [Flags]
    private enum Plant
    {
        None = 0,
        SecretaryVacant = 1,
        NoOrgLifeReview = 2,
        CommitteeForm3 = 4,
        Form4 = 8,
        EightRules = 16,
        OverdueInspection = 32,
        LowSatisfaction = 64,
        Exempt = 128,
        Lenient = 256,
        LowCoverage = 512,
    }

    public static void Generate(GeneratorOptions options, IDatasetSink sink)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Branches, 1);
        var skeletons = Plan(options)
            .Where(s => s.FirstYear <= options.Year && options.Year <= s.LastYear)
            .Select(s => s with { Quality = Math.Clamp(s.Quality + (s.Trend * (options.Year - StructureYear)), 0.35, 1.0) })
            .ToList();
        foreach (var s in skeletons)
        {
            sink.Branch(BranchOf(s, options));
        }

        foreach (var s in skeletons)
        {
            foreach (var m in MembersOf(s, skeletons, options))
            {
                sink.Member(m);
            }
        }

        foreach (var s in skeletons)
        {
            EmitMeetings(s, options, sink);
        }

        foreach (var s in skeletons)
        {
            EmitStudy(s, options, sink);
        }

        foreach (var s in skeletons)
        {
            EmitAssessments(s, options, sink);
        }

        foreach (var s in skeletons)
        {
            EmitFindings(s, options, sink);
        }

        foreach (var s in skeletons)
        {
            if (IndicatorsOf(s, skeletons, options) is { } row)
            {
                sink.Indicators(row);
            }
        }

        foreach (var u in UnitsOf(skeletons))
        {
            sink.Unit(u);
        }
    }

    private static SeededRandom Rng(GeneratorOptions o, int branch, ulong stream) => SeededRandom.For(o.Seed, (ulong)o.Year, (ulong)branch, stream);

    private static List<Skeleton> Plan(GeneratorOptions o)
    {
        var units = Units();
        var rng = SeededRandom.For(o.Seed, 0xB0B);

        // Largest-remainder allocation of branches to units, at least one each while there are enough branches.
        var counts = units.Select(u => (int)Math.Floor(u.Share * o.Branches)).ToArray();
        var order = units.Select((u, i) => (Rem: (u.Share * o.Branches) - counts[i], i)).OrderByDescending(x => x.Rem).ThenBy(x => x.i).Select(x => x.i).ToArray();
        for (var k = 0; counts.Sum() < o.Branches; k++)
        {
            counts[order[k % order.Length]]++;
        }

        var list = new List<Skeleton>(o.Branches);
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            var width = Math.Max(3, counts[u].ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
            var regularNames = 0;
            for (var k = 0; k < counts[u]; k++)
            {
                var id = unit.Code + (k + 1).ToString("D" + width, System.Globalization.CultureInfo.InvariantCulture);
                var type = BranchType.Regular;
                string name;
                if (counts[u] >= 8 && k == counts[u] - 1 && (list.All(x => x.Type != BranchType.Temporary) || rng.Chance(0.2)))
                {
                    type = BranchType.Temporary;
                    name = "督察整改临时党支部";
                }
                else if (rng.Chance(0.04))
                {
                    type = BranchType.Joint;
                    name = $"联合党支部({k + 1})";
                }
                else
                {
                    name = regularNames < unit.BranchNames.Count ? unit.BranchNames[regularNames] : $"第{regularNames + 1}党支部";
                    regularNames++;
                }

                var members = type switch
                {
                    BranchType.Joint => rng.Between(3, 6),
                    BranchType.Temporary => rng.Between(5, 9),
                    _ => rng.Chance(0.15) ? rng.Between(20, 34) : rng.Between(8, 21),
                };
                var quality = Math.Clamp(rng.Normal(0.88, 0.10), 0.35, 1.0);
                var trend = rng.Normal(0, 0.05);
                var founded = type == BranchType.Regular && o.Branches >= 30 && rng.Chance(0.03);
                list.Add(new Skeleton(list.Count, id, name, unit, type, members, quality, Plant.None)
                {
                    Trend = trend,
                    FirstYear = founded ? StructureYear : int.MinValue,
                });
            }
        }

        // Plant one case of each path of the default rule set on distinct regular branches.
        if (o.Branches >= 12)
        {
            var regular = list.Where(s => s.Type == BranchType.Regular && s.Members >= 7).Select(s => s.Index).ToList();
            var plants = new[]
            {
                Plant.SecretaryVacant, Plant.NoOrgLifeReview, Plant.CommitteeForm3, Plant.Form4, Plant.EightRules,
                Plant.OverdueInspection, Plant.LowSatisfaction, Plant.Exempt, Plant.Lenient, Plant.LowCoverage,
            };
            foreach (var p in plants)
            {
                if (regular.Count == 0)
                {
                    break;
                }

                var pick = regular[rng.Next(regular.Count)];
                regular.Remove(pick);
                list[pick] = list[pick] with { Plant = p, Quality = Math.Max(list[pick].Quality, 0.9) };
            }
        }

        // Branches dissolved before the structure year: present in earlier years only, with ids after their unit's.
        if (o.Branches >= 30)
        {
            var dissolved = Math.Max(1, (int)Math.Round(o.Branches * 0.03));
            var next = counts.ToArray();
            for (var k = 0; k < dissolved; k++)
            {
                var u = 1 + rng.Next(units.Count - 1);
                var unit = units[u];
                next[u]++;
                var width = Math.Max(3, counts[u].ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
                var id = unit.Code + next[u].ToString("D" + width, System.Globalization.CultureInfo.InvariantCulture);
                list.Add(new Skeleton(list.Count, id, $"第{next[u]}党支部", unit, BranchType.Regular, rng.Between(8, 18),
                    Math.Clamp(rng.Normal(0.78, 0.1), 0.35, 1.0), Plant.None) { LastYear = StructureYear - 1 });
            }
        }

        return list;
    }

    private static string MemberId(Skeleton s, int k) => $"M{s.Id}{k:D2}";

    private static bool HasCommittee(Skeleton s) => s.Type == BranchType.Regular && s.Members >= 7;

    private static int PartyGroups(Skeleton s) => s.Type == BranchType.Regular && s.Members >= 15 ? s.Members / 8 : 0;

    private static BranchRecord BranchOf(Skeleton s, GeneratorOptions o)
    {
        var rng = Rng(o, s.Index, 1);
        bool? hasCommittee = rng.Chance(0.2) ? HasCommittee(s) : null;
        double? vacant = s.Plant == Plant.SecretaryVacant ? 120 : rng.Chance(0.02) ? rng.Between(20, 80) : rng.Chance(0.5) ? 0 : null;
        return new BranchRecord(s.Id, s.Name, SubBureauOf(s)?.Name ?? s.Unit.Name, s.Type, null, null, PartyGroups(s) > 0 ? PartyGroups(s) : null, hasCommittee, vacant);
    }

    private static IEnumerable<MemberRecord> MembersOf(Skeleton s, List<Skeleton> all, GeneratorOptions o)
    {
        var rng = Rng(o, s.Index, 2);
        if (s.Type == BranchType.Temporary)
        {
            // Members of other regular branches of the same unit, serving here on a temporary basis.
            var pool = all.Where(x => x.Unit == s.Unit && x.Type == BranchType.Regular).ToList();
            var chosen = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < s.Members && pool.Count > 0; k++)
            {
                var home = pool[rng.Next(pool.Count)];
                var id = MemberId(home, rng.Between(1, home.Members));
                if (chosen.Add(id))
                {
                    yield return new MemberRecord(id, s.Id, MemberStatus.Full, chosen.Count == 1 ? MemberRole.Secretary : MemberRole.Member, false, null);
                }
            }

            yield break;
        }

        var committee = HasCommittee(s);
        for (var k = 1; k <= s.Members; k++)
        {
            var role = k switch
            {
                1 => MemberRole.Secretary,
                2 when committee && s.Members >= 15 => MemberRole.DeputySecretary,
                >= 2 and <= 5 when committee => MemberRole.Committee,
                6 when s.Unit.Code == "ST" && rng.Chance(0.4) => MemberRole.UnitLeader,
                _ => MemberRole.Member,
            };
            var status = k > 5 && rng.Chance(0.07) ? MemberStatus.Probationary : MemberStatus.Full;
            DateOnly? joined = k > 5 && rng.Chance(0.04) ? new DateOnly(o.Year, rng.Between(2, 11), rng.Between(1, 28)) : null;
            yield return new MemberRecord(MemberId(s, k), s.Id, status, role, true, joined);
        }
    }

    private static double Diligence(Skeleton s, SeededRandom rng) => Math.Clamp(s.Quality + rng.Normal(0.02, 0.05), 0.2, 1.0);

    private static void EmitMeetings(Skeleton s, GeneratorOptions o, IDatasetSink sink)
    {
        var rng = Rng(o, s.Index, 3);
        var d = Diligence(s, rng);
        var y = o.Year;
        var seq = 0;
        var recordsAttendance = s.Plant != Plant.LowCoverage && !rng.Chance(0.04);
        var n = s.Members;

        void Emit(MeetingType type, DateOnly date, bool attendance, bool themeDay = false)
        {
            int? expected = null, excused = null, attendees = null;
            if (attendance && recordsAttendance)
            {
                expected = n;
                excused = Math.Min(n - 1, rng.Chance(0.5) ? rng.Between(0, 2) : 0);
                var absent = (int)Math.Round((n - excused.Value) * (1 - d) * rng.NextDouble());
                attendees = n - excused.Value - absent;
            }

            seq++;
            sink.Meeting(new MeetingRecord(s.Id, type, date, $"{s.Id}-{seq:D3}", attendees, expected, excused, themeDay));
        }

        DateOnly Day(int month) => new(y, month, rng.Between(3, 26));

        var gaMonths = new List<int>();
        for (var q = 0; q < 4; q++)
        {
            if (rng.Chance(d))
            {
                var month = (3 * q) + rng.Between(1, 3);
                gaMonths.Add(month);
                Emit(MeetingType.GeneralAssembly, Day(month), attendance: true, themeDay: rng.Chance(0.3));
            }
        }

        if (HasCommittee(s))
        {
            for (var m = 1; m <= 12; m++)
            {
                if (rng.Chance(d))
                {
                    Emit(MeetingType.Committee, Day(m), attendance: false);
                }
            }
        }

        for (var g = 0; g < PartyGroups(s); g++)
        {
            for (var m = 1; m <= 12; m++)
            {
                if (rng.Chance(d * 0.95))
                {
                    Emit(MeetingType.Group, Day(m), attendance: false);
                }
            }
        }

        for (var q = 0; q < 4; q++)
        {
            if (rng.Chance(d))
            {
                Emit(MeetingType.Lecture, Day((3 * q) + rng.Between(1, 3)), attendance: true);
            }
        }

        for (var m = 1; m <= 12; m++)
        {
            if (rng.Chance(d * 0.97))
            {
                Emit(MeetingType.ThemeDay, Day(m), attendance: true);
            }
        }

        if (s.Plant != Plant.NoOrgLifeReview && rng.Chance(Math.Min(0.995, 0.8 + (0.2 * d))))
        {
            Emit(MeetingType.OrgLifeReview, new DateOnly(y, 12, rng.Between(5, 28)), attendance: true);
        }

        if (rng.Chance(Math.Min(0.99, 0.55 + (0.45 * d))))
        {
            Emit(MeetingType.MemberReview, new DateOnly(y, 12, rng.Between(5, 28)), attendance: true);
        }

        for (var t = rng.Between(0, 3); t > 0; t--)
        {
            Emit(MeetingType.Talk, Day(rng.Between(1, 12)), attendance: false);
        }
    }

    private static void EmitStudy(Skeleton s, GeneratorOptions o, IDatasetSink sink)
    {
        if (s.Type == BranchType.Temporary)
        {
            return;
        }

        var rng = Rng(o, s.Index, 4);
        var reading = Rng(o, s.Index, 11); // 读原著学原文 sessions, a stream of their own: the monthly rows stay as they were
        var forms = new[] { StudyForm.Xuexi, StudyForm.OnlineCollege, StudyForm.OriginalTexts, StudyForm.OnSite, StudyForm.CentralGroup, StudyForm.Training };
        var weights = new[] { 0.35, 0.30, 0.22, 0.05, 0.04, 0.04 };
        for (var k = 1; k <= s.Members; k++)
        {
            var id = MemberId(s, k);
            var diligence = Math.Clamp(s.Quality + rng.Normal(0, 0.12), 0.1, 1.1);
            for (var m = 1; m <= 12; m++)
            {
                if (!rng.Chance(Math.Min(0.98, diligence)))
                {
                    continue;
                }

                var form = forms[rng.Weighted(weights)];
                var hours = Math.Round(Math.Max(0.5, rng.Normal((3.4 * diligence) + 0.5, 0.7)), 1);
                double? points = form == StudyForm.Xuexi ? rng.Between(150, 900) : null;
                sink.Study(new StudyRecord(id, null, new DateOnly(o.Year, m, rng.Between(1, 28)), false, form, hours, points, true));
            }

            if (rng.Chance(0.3 * s.Quality))
            {
                sink.Study(new StudyRecord(id, null, new DateOnly(o.Year, rng.Between(1, 12), rng.Between(1, 28)), false, StudyForm.MicroLecture, 1, null, true));
            }

            EmitOriginalTexts(id, diligence, o, reading, sink);
        }

        if (rng.Chance(0.5))
        {
            sink.Study(new StudyRecord(null, s.Id, new DateOnly(o.Year, rng.Between(3, 11), rng.Between(1, 28)), false, StudyForm.OnSite, 4, null, true));
        }
    }

    private static void EmitAssessments(Skeleton s, GeneratorOptions o, IDatasetSink sink)
    {
        var rng = Rng(o, s.Index, 5);
        if (s.Type == BranchType.Temporary || s.Plant == Plant.LowCoverage || rng.Chance(0.03))
        {
            return;
        }

        var items = new (string Code, int Count, double Max)[] { ("PF", 3, 5), ("OR", 4, 5), ("CO", 3, 10), ("PE", 4, 10) };
        foreach (var (code, count, max) in items)
        {
            for (var k = 1; k <= count; k++)
            {
                var share = Math.Clamp(s.Quality + rng.Normal(0.04, 0.07), 0, 1);
                var score = Math.Round(max * share * 2, MidpointRounding.AwayFromZero) / 2;
                sink.Assessment(new AssessmentRecord(s.Id, $"{code}-{k:D2}", score, max, rng.Chance(0.5) ? "机关党委" : "考核组", null));
            }
        }
    }

    private static void EmitFindings(Skeleton s, GeneratorOptions o, IDatasetSink sink)
    {
        var rng = Rng(o, s.Index, 6);
        var y = o.Year;
        var seq = 0;
        var yearStart = new DateOnly(y, 1, 1);

        DateOnly RandomDate(int from = 0, int to = 330) => yearStart.AddDays(rng.Between(from, to));

        (DateOnly? Due, DateOnly? Closed) Rectification(DateOnly date, bool forceOpen = false)
        {
            var due = date.AddDays(rng.Between(30, 120));
            if (forceOpen)
            {
                return (due, null);
            }

            var r = rng.NextDouble();
            DateOnly? closed = r < 0.78 ? due.AddDays(-rng.Between(0, 25)) : r < 0.9 ? due.AddDays(rng.Between(5, 60)) : null;
            if (closed < date)
            {
                closed = date;
            }

            return (due, closed);
        }

        void Emit(int? form, string? member, FindingSource source, FindingCategory category, Tolerance tolerance, DateOnly date, (DateOnly? Due, DateOnly? Closed) rect)
        {
            seq++;
            sink.Finding(new FindingRecord($"F{s.Id}{seq:D2}", s.Id, date, member, form, source, category, rect.Due, rect.Closed, tolerance, null));
        }

        if (s.Type == BranchType.Temporary)
        {
            return;
        }

        // Discipline cases: about 3 a year per 100 members, more in weaker branches; forms in the national mix.
        var expected = s.Members * 0.035 * (1.8 - s.Quality);
        var cases = 0;
        while (rng.NextDouble() < expected / (cases + 1.0) && cases < 8)
        {
            cases++;
        }

        for (var c = 0; c < cases; c++)
        {
            var form = 1 + rng.Weighted([0.70, 0.22, 0.04, 0.04]);
            var k = rng.Between(1, s.Members);
            var source = (FindingSource)rng.Weighted([0.15, 0.25, 0.10, 0.30, 0.15, 0.05]);
            var category = (FindingCategory)rng.Weighted([0.15, 0.10, 0.25, 0.35, 0.15]);
            var tolerance = rng.Chance(0.06) ? Tolerance.Exempt : rng.Chance(0.07) ? Tolerance.Lenient : Tolerance.None;
            if (form >= 3)
            {
                // 容错 spares mistakes made while carrying out duties, not form-3/4 cases (DatasetChecks refuses them).
                // The draw above stays, so that every other record of the dataset is the same as before the rule.
                tolerance = Tolerance.None;
            }

            var date = RandomDate();
            Emit(form, MemberId(s, k), source, category, tolerance, date, rng.Chance(0.7) ? Rectification(date) : (null, null));
        }

        // Rectification items from inspection, patrol and audit (no discipline form).
        var items = rng.Chance(0.55) ? rng.Between(1, 3) : 0;
        for (var c = 0; c < items; c++)
        {
            var source = (FindingSource)rng.Weighted([0.4, 0.3, 0.3, 0, 0, 0]);
            var date = RandomDate(0, 240);
            Emit(null, null, source, FindingCategory.Other, Tolerance.None, date, Rectification(date));
        }

        var planted = RandomDate(60, 200);
        switch (s.Plant)
        {
            case Plant.CommitteeForm3:
                Emit(3, MemberId(s, 2), FindingSource.Patrol, FindingCategory.Integrity, Tolerance.None, planted, Rectification(planted));
                break;
            case Plant.Form4:
                Emit(4, MemberId(s, s.Members), FindingSource.Petition, FindingCategory.Integrity, Tolerance.None, planted, (null, null));
                break;
            case Plant.EightRules:
                Emit(2, MemberId(s, s.Members), FindingSource.Special, FindingCategory.EightRules, Tolerance.None, planted, Rectification(planted));
                break;
            case Plant.OverdueInspection:
                Emit(null, null, FindingSource.Inspection, FindingCategory.Other, Tolerance.None, planted, Rectification(planted, forceOpen: true));
                break;
            case Plant.Exempt:
                Emit(2, MemberId(s, s.Members), FindingSource.Special, FindingCategory.Discipline, Tolerance.Exempt, planted, Rectification(planted));
                break;
            case Plant.Lenient:
                Emit(2, MemberId(s, s.Members), FindingSource.Petition, FindingCategory.Discipline, Tolerance.Lenient, planted, Rectification(planted));
                break;
        }
    }

    private static IndicatorRow? IndicatorsOf(Skeleton s, List<Skeleton> all, GeneratorOptions o)
    {
        var rng = Rng(o, s.Index, 7);
        if (s.Plant == Plant.LowCoverage || s.Type == BranchType.Temporary)
        {
            return null;
        }

        var q = s.Quality;
        double? satisfaction = s.Plant == Plant.LowSatisfaction ? 0.86 : rng.Chance(0.85) ? Math.Round(Math.Clamp(0.86 + (0.12 * q) + rng.Normal(0, 0.015), 0.7, 1.0), 3) : null;
        return new IndicatorRow(s.Id,
        [
            Math.Round(Math.Clamp(q + rng.Normal(0.05, 0.08), 0.3, 1), 2),
            Math.Round(Math.Clamp((0.25 * q) + rng.Normal(0, 0.04), 0, 0.5), 3),
            Math.Round(Math.Max(0, rng.Normal(9 * q, 2)), 1),
            Math.Max(0, (int)Math.Round(rng.Normal(2.4 * q, 0.8))),
            rng.Chance(0.4 * q) ? rng.Between(1, 2) : 0,
            satisfaction,
        ]);
    }
}
