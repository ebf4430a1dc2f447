using System.Globalization;
using System.Text;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Csv;

/// <summary>
/// The fast path for plain CSV files (<see cref="PlainCsvReader"/>, <see cref="FastRows"/>) must read exactly what
/// CsvHelper and the general row mapping read: the same dataset, field by field, and the same diagnostics in the same
/// order, for clean rows and for every kind of odd or broken row.
/// </summary>
public class PlainCsvReaderTests
{
    private static (string Diagnostics, string Dataset) ReadBothWays(string folder, char delimiter, out string fast)
    {
        var slow = Read(folder, new CsvReadOptions { CsvHelperOnly = true, KeepMeetingRecords = true, Delimiter = delimiter });
        var quick = Read(folder, new CsvReadOptions { KeepMeetingRecords = true, Delimiter = delimiter });
        fast = quick.Diagnostics + "\n" + quick.Dataset;
        return slow;
    }

    private static (string Diagnostics, string Dataset) Read(string folder, CsvReadOptions options)
    {
        var bag = new DiagnosticBag();
        var result = CsvDatasetReader.Read(folder, null, bag, options);
        return (string.Join("\n", bag.Items.Select(d => d.ToString())), result.Dataset is { } ds ? Dump(ds) : "(no dataset)");
    }

    /// <summary>Everything a dataset holds, as text.</summary>
    private static string Dump(Dataset ds)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"period {ds.Period.Label}; tables {string.Join(",", ds.Tables.Order())}");
        foreach (var b in ds.Branches)
        {
            sb.AppendLine(inv, $"branch {b.Record with { Location = null }} N={b.MemberCount} full={b.FullMembers} committee={b.HasCommittee}");
            foreach (var m in b.Memberships)
            {
                sb.AppendLine(inv, $"  member {m}");
            }

            foreach (var m in b.MeetingRecords ?? [])
            {
                sb.AppendLine(inv, $"  meeting {m}");
            }

            foreach (var (id, s) in b.MemberStudy.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                sb.AppendLine(inv, $"  study {id}: {s.HoursSum} h {s.PointsSum} p {s.MicroLectures} {s.CompletedRows} {s.Rows}");
            }

            sb.AppendLine(inv, $"  study hours {b.StudyHoursSum} forms {b.StudyFormMask}");
            foreach (var a in b.Assessments)
            {
                sb.AppendLine(inv, $"  assessment {a}");
            }

            foreach (var f in b.Findings)
            {
                sb.AppendLine(inv, $"  finding {f with { Location = null }}");
            }

            foreach (var (k, v) in b.IndicatorValues.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                sb.AppendLine(inv, $"  value {k}={v}");
            }
        }

        return sb.ToString();
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string file, string text) =>
            new TestCaseData(file, text, !name.Contains("error", StringComparison.Ordinal)).SetName($"PlainPathReadsAsCsvHelper({name})");
        const string study = "member_id,branch_id,date,form,hours,points,completed\n";
        yield return Case("clean study", "study.csv", study + "M1,,2024-03-01,xuexi,2,5,是\nM1,,2024-03-02,on_site,1.5,,否\nM2,,2024-04,micro_lecture,3,1,\n,B2,2024-05-06,on_site,3,,\n");
        yield return Case("padded and full-width study cells", "study.csv", study + " M1 ,, 2024-03-01 ,xuexi,２,５,√\nＭ２,,2024-04-01,学习强国,1.25, 3 ,Y\n");
        yield return Case("blank, totals and notes rows", "study.csv", study + "M1,,2024-03-01,xuexi,2,,\n\n,,,,,,\n合计,,,,9,,\n备注：学时按月汇总,,,,,,\nM2,,2024-03-01,xuexi,2,,\n");
        yield return Case("study errors", "study.csv", study + "M1,,2024-03-01,xuexi,-2,,\nM9,,2024-03-01,xuexi,2,,\nM1,,2024-02-30,xuexi,2,,\nM1,,2024-03-01,dancing,2,,\n,,2024-03-01,xuexi,2,,\nM1,,2024-03-01,xuexi,二,,\nM1,,2024-03-01,xuexi,2,,maybe\n1.2E+5,,2024-03-01,xuexi,2,,\nM1,,2024-03-01,xuexi,1e20,,\n");
        yield return Case("study numbers in odd forms", "study.csv", study + "M1,,2024-03-01,xuexi,50%,1e1,1\nM1,,2024/3/2,xuexi,.5,+2,0\nM2,,2024年3月,xuexi,0.1,0.2,TRUE\nM2,,2024.3.4,xuexi,0.30000000000000004,,\n");
        yield return Case("shifted and short rows: errors", "study.csv", study + "M1,,2024-03-01,xuexi,2,,是,extra\nM1,,2024-03-01,xuexi,2,,是,,\nM1,,2024-03-01\nM2\n");
        yield return Case("CRLF line ends and a BOM", "study.csv", "\uFEFF" + (study + "M1,,2024-03-01,xuexi,2,,是\n\nM2,,2024-03-05,xuexi,3,,\n").Replace("\n", "\r\n", StringComparison.Ordinal));
        yield return Case("no final line feed", "study.csv", study + "M1,,2024-03-01,xuexi,2,,是\nM2,,2024-03-05,xuexi,3,,");

        const string meetings = "branch_id,type,date,meeting_id,attendees,expected,excused,theme_day,topic\n";
        yield return Case("clean meetings", "meetings.csv", meetings + "B1,general_assembly,2024-03-07,MT1,7,8,1,否,学习\nB1,committee,2024-03-08,MT2,3,3,0,是,\nB2,theme_day,2024-04-02,,,,,,\n");
        yield return Case("repeated meeting ids", "meetings.csv", meetings + "B1,lecture,2024-03-07,MT1,,,,,\nB1,lecture,2024-03-07,MT1,,,,,\nB1,lecture,2024-03-07, MT1 ,,,,,\nB1,lecture,2024-03-07,会议１,,,,,\nB1,lecture,2024-03-07,会议1,,,,,\nB2,lecture,2024-03-07,MT1,,,,,\n");
        yield return Case("meeting warnings", "meetings.csv", meetings + "B1,lecture,2024-03-07,,9,8,0,,\nB1,lecture,2024-03-07,,9,9,1,,\nB1,党课,2024年3月7日,,１,２,,√,\nB2,theme_day,2024-12-31,X-1,3,,,,\n");
        yield return Case("meeting errors", "meetings.csv", meetings + "B1,lecture,2024-03-07,,9,8,0,,\nB1,,2024-03-07,,,,,,\nB1,lecture,,,,,,,\nB9,lecture,2024-03-07,,,,,,\nB1,lecture,2024-03-07,,-1,,,,\nB1,lecture,2024-03-07,,,,,maybe,\nB1,lecture,2024-03-07,4.1E+17,,,,,\nB1,党课,2024年3月7日,,１,２,,√,\n");

        const string members = "member_id,branch_id,status,role,home,joined\n";
        yield return Case("members", "members.csv", members + "M1,B1,full,secretary,是,\nM2,B1,预备,委员,√,2024-02-01\nM3,B2,,,,\nM3,B1,full,member,否,\nM4, B2 ,full,member,N,2024/3/1\nM5,B2,probationary,committee,1,\nM6,B2,full,member,是,2024-02-29\nM7,B2,full,member,是,1990-12-31\nM8,B2,full,member,是,2024-06-01 \n");
        yield return Case("member errors", "members.csv", members + "M1,B1,full,secretary,是,\nM1,B1,full,member,是,\nM4,B2,full,member,是,2024-02\nM5,B9,full,member,是,\nM6,B2,bad,member,是,\nM7,B2,full,member,是,\nM7,B1,full,member,是,\nM8,B2,full,member,是,2023-02-29\nM9,B2,full,member,是,1899-12-31\nM10,B2,full,member,是,2024-13-01\nM11,B2,full,member,是,2024-00-10\nM12,B2,full,member,是,2024-1a-10\n");

        const string assessments = "branch_id,item,score,max_score,assessor,period\n";
        yield return Case("assessments", "assessments.csv", assessments + "B1,OR-01,8,10,考核组,2024\nB1, OR-02 ,9,,,\nB2,CO-01,10,10,,\nB1,OR-03,5,10,,2023\nB2,CO-02,0.5,1,　组　,\n");
        yield return Case("assessment errors", "assessments.csv", assessments + "B1,OR-01,8,10,考核组,2024\nB2,CO-01,11,10,,\nB2,CO-02,-1,10,,\nB2,,5,10,,\nB1,OR-04,5,10,,2024Q5\nB1,OR-05,5,0,,\n");
    }

    [TestCaseSource(nameof(Cases))]
    public void PlainPathReadsAsCsvHelper(string file, string text, bool clean)
    {
        using var ds = new TempDataset().WithFile(file, text);
        Assert.That(CsvDatasetReader.IsPlain(ds.PathOf(file)), Is.True, "the case must take the plain path");
        var slow = ReadBothWays(ds.Folder, ',', out var fast);
        Assert.That(slow.Dataset, clean ? Is.Not.EqualTo("(no dataset)") : Is.EqualTo("(no dataset)"), slow.Diagnostics);
        Assert.That(fast, Is.EqualTo(slow.Diagnostics + "\n" + slow.Dataset));
    }

    [Test]
    public void ASemicolonSeparatedDatasetReadsTheSameBothWays()
    {
        using var ds = new TempDataset().Files(Baseline.Files.ToDictionary(kv => kv.Key, kv => kv.Value.Replace(',', ';')));
        var slow = ReadBothWays(ds.Folder, ';', out var fast);
        Assert.That(slow.Diagnostics, Is.Empty);
        Assert.That(fast, Is.EqualTo(slow.Diagnostics + "\n" + slow.Dataset));
    }

    [TestCase("provincial-eco-2024")]
    [TestCase("mini-12")]
    public void TheSamplesReadTheSameBothWays(string sample)
    {
        var folder = Path.Combine(Repo.Root, "samples", sample);
        Assert.That(Directory.EnumerateFiles(folder, "*.csv").Where(CsvDatasetReader.IsPlain).Select(Path.GetFileName), Does.Contain("meetings.csv"));
        var slow = ReadBothWays(folder, ',', out var fast);
        Assert.That(fast, Is.EqualTo(slow.Diagnostics + "\n" + slow.Dataset));
    }

    [Test]
    public void AFileWithQuotesOrALoneCarriageReturnIsNotPlain()
    {
        using var ds = new TempDataset().Text("a.csv", "a,b\n\"x\",y\n").Text("b.csv", "a,b\rx,y\n").Text("c.csv", "a,b\r\nx,y\r\n").Text("d.csv", "");
        Assert.That(new[] { "a.csv", "b.csv", "c.csv", "d.csv" }.Select(f => CsvDatasetReader.IsPlain(ds.PathOf(f))), Is.EqualTo(new[] { false, false, true, false }));
    }

    [Test]
    public void FieldsAreSplitAsStringSplitSplitsThemAtAnyLengthAndPosition()
    {
        // The splitter looks at 32 bytes at a time: separators at every position around the block edges, lines of 0–100 bytes.
        var random = new Random(3);
        var fields = new FieldBounds();
        for (var n = 0; n < 3000; n++)
        {
            var length = n < 200 ? n % 101 : random.Next(0, 101);
            var chars = Enumerable.Range(0, length).Select(_ => random.Next(4) == 0 ? ';' : (char)('a' + random.Next(26))).ToArray();
            var line = new string(chars);
            var bytes = Encoding.ASCII.GetBytes(line);
            fields.Split(bytes, (byte)';');
            var got = Enumerable.Range(0, fields.Count).Select(i => Encoding.ASCII.GetString(fields.Cell(bytes, i))).ToArray();
            Assert.That(got, Is.EqualTo(line.Split(';')), line);
        }
    }

    private static IEnumerable<TestCaseData> StudyBeforeMembersCases()
    {
        const string study = "member_id,branch_id,date,form,hours,points,completed\n";
        TestCaseData Case(string name, string text) =>
            new TestCaseData(text, name.Contains("error", StringComparison.Ordinal)).SetName($"StudyReadBeforeTheMembersGivesWhatReadingAfterThemGives({name})");
        yield return Case("home members and branch rows", study + "M1,,2024-03-01,xuexi,2,5,是\nM2,,2024-03-02,on_site,1.5,,否\nM1,,2024-04-01,micro_lecture,1,,\n,B2,2024-05-06,on_site,3,,\n,B1,2024-05-07,micro_lecture,3,,\n");
        yield return Case("a member not in the members table: read again, errors", study + "M1,,2024-03-01,xuexi,2,,\nM9,B1,2024-03-01,xuexi,2,,\n,B2,2024-05-06,on_site,3,,\n");
        yield return Case("a member of a temporary branch only: read again", study + "M1,,2024-03-01,xuexi,2,,\nT1,B3,2024-03-01,xuexi,2,,\nT1,B3,2024-03-02,micro_lecture,2,1,是\n");
        yield return Case("a branch-level row of an unknown branch: read again, errors", study + "M1,,2024-03-01,xuexi,2,,\n,B9,2024-05-06,on_site,3,,\n,B2,2023-05-06,on_site,3,,\n");
        yield return Case("a branch-level row of an unknown branch outside the period: read again, errors", study + "M1,,2024-03-01,xuexi,2,,\n,B9,2023-05-06,on_site,3,,\n");
        yield return Case("too large and outside the period: errors", study + "M1,,2024-03-01,xuexi,1e16,,\nM2,,2023-03-01,xuexi,2,,\nM1,,2024-03-02,xuexi,2,,\n");
    }

    /// <summary>
    /// A folder is read with the study table running beside the members table (its rows summed per member and handed to
    /// the home branches afterwards, or read again when a member has no home); tables held in memory are read one after
    /// another. Both must give the same dataset and the same messages.
    /// </summary>
    [TestCaseSource(nameof(StudyBeforeMembersCases))]
    public void StudyReadBeforeTheMembersGivesWhatReadingAfterThemGives(string studyText, bool errors)
    {
        using var ds = new TempDataset().WithFile("study.csv", studyText)
            .Text("branches.csv", Baseline.Branches + "B3,临时支部,生态环境局,temporary,,0,否,\n")
            .Text("members.csv", Baseline.Members + "T1,B3,full,member,否,\n");
        var folder = Read(ds.Folder, new CsvReadOptions());
        var files = Directory.EnumerateFiles(ds.Folder, "*.csv").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), f, File.ReadAllBytes(f))).ToArray();
        var bag = new DiagnosticBag();
        var inMemory = CsvDatasetReader.ReadTables(files, null, bag, origin: SourceLocation.InFile(ds.Folder));
        var sequential = (string.Join("\n", bag.Items.Select(d => d.ToString())), inMemory is { } d ? Dump(d) : "(no dataset)");
        Assert.That(folder.Diagnostics + "\n" + folder.Dataset, Is.EqualTo(sequential.Item1 + "\n" + sequential.Item2));
        Assert.That(folder.Dataset, errors ? Is.EqualTo("(no dataset)") : Does.Contain("study M1: "), folder.Diagnostics);
    }

    [Test]
    public void TheCellCacheGivesBackWhatWasAddedForEachKeyAndNeverAnotherKeysValue()
    {
        // Keys of 0–16 bytes, many sharing their first or last eight bytes, through the cache's growth from 64 to 4,096
        // slots: a hit is always the key's own value; of the first 1,000 keys, added while the cache was at most a quarter
        // full, all but a few hit (a cache may drop a value whose short probe is taken).
        var random = new Random(5);
        var cache = new CellCache<int>();
        var keys = new List<byte[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (keys.Count < 3000)
        {
            var key = new byte[random.Next(0, 17)];
            for (var i = 0; i < key.Length; i++)
            {
                key[i] = (byte)(random.Next(3) == 0 ? '0' + random.Next(10) : 'a');
            }

            if (seen.Add(Convert.ToHexString(key)))
            {
                keys.Add(key);
            }
        }

        for (var i = 0; i < keys.Count; i++)
        {
            cache.Add(keys[i], i);
        }

        var hits = 0;
        var early = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            if (cache.TryGet(keys[i], out var value))
            {
                Assert.That(value, Is.EqualTo(i), Convert.ToHexString(keys[i]));
                hits++;
                early += i < 1000 ? 1 : 0;
            }
        }

        Assert.That(early, Is.GreaterThanOrEqualTo(990));
        Assert.That(hits, Is.GreaterThan(2000));
        Assert.That(cache.TryGet(new byte[17], out _), Is.False, "longer keys are not held");
    }

    /// <summary>
    /// Dates in the ISO form are parsed straight from the bytes: whatever the bytes, the result is the general parser's
    /// (the same date, or a refusal that sends the cell the general way).
    /// </summary>
    [Test]
    public void TheDirectDateParserAgreesWithTheGeneralOne()
    {
        var random = new Random(11);
        const string alphabet = "0123456789-/:. aO";
        var checkedDates = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var chars = new char[random.Next(8, 12)];
            for (var i = 0; i < chars.Length; i++)
            {
                // Mostly digits in the ISO places, now and then anything.
                chars[i] = random.Next(20) == 0 ? alphabet[random.Next(alphabet.Length)] : i is 4 or 7 ? '-' : (char)('0' + random.Next(10));
            }

            if (n % 3 == 0 && chars.Length == 10)
            {
                // Plausible years and months, so that real days (and 29 February) are met often.
                var y = random.Next(1895, 2205).ToString("D4", CultureInfo.InvariantCulture);
                var m = random.Next(0, 14).ToString("D2", CultureInfo.InvariantCulture);
                var d = random.Next(0, 33).ToString("D2", CultureInfo.InvariantCulture);
                chars = $"{y}-{m}-{d}".ToCharArray();
            }

            var text = new string(chars);
            var direct = FastRows.IsoDate(Encoding.ASCII.GetBytes(text), out var value);
            var general = ValueParser.TryParseDate(text, false, out var date, out var monthOnly);
            if (direct)
            {
                checkedDates++;
                Assert.That(general, Is.True, text);
                Assert.That((value.Date, value.MonthOnly), Is.EqualTo((date, monthOnly)), text);
            }
            else if (text.Length == 10 && text[4] == '-' && text[7] == '-' && text.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit))
            {
                Assert.That(general, Is.False, $"{text}: an ISO date the direct parser refused must be refused by the general one too");
            }
        }

        Assert.That(checkedDates, Is.GreaterThan(10_000));
    }
}
