using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoAssessment.IO.Output;

namespace EcoAssessment.IO.Docx;

/// <summary>
/// Writes pages of a 公文-style document (<see cref="OfficialPage"/>) as a .docx: A4 with the 公文 margins (top 37 mm,
/// bottom 35, left 28, right 26), the title in 小标宋 二号 centred, the line under it in 楷体 三号, headings in 黑体 三号,
/// a heading may also run in at the start of a paragraph (黑体, then the text in 仿宋);
/// the body in 仿宋 三号 with a first-line indent of two characters, at a fixed 28-point line pitch (22 lines a page, as
/// GB/T 9704 asks); each page after the first starts a new page. The WordprocessingML is built with the Open XML SDK;
/// the package is written here, with fixed entry times and numbered relationship ids, so the same pages give the same bytes.
/// </summary>
internal static partial class OfficialDocx
{
    /// <summary>The body font: 仿宋_GB2312 (Chinese), Times New Roman (digits and Latin letters), as 公文 set them.</summary>
    internal const string BodyFont = "仿宋_GB2312";

    /// <summary>The headings' font.</summary>
    internal const string HeadingFont = "黑体";

    /// <summary>The title's font.</summary>
    internal const string TitleFont = "方正小标宋简体";

    /// <summary>The subtitle's font.</summary>
    internal const string SubtitleFont = "楷体_GB2312";

    private const string LatinFont = "Times New Roman";
    private const int Body = 32;          // half-points: 三号 16 pt
    private const int Title = 44;         // 二号 22 pt
    private const int Pitch = 560;        // twips: 28 pt, 22 lines in the type area
    private const int Indent = 640;       // two characters of 16 pt
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes <paramref name="pages"/> as one document; <paramref name="pages"/> holds at least one page.</summary>
    public static void Write(IReadOnlyList<OfficialPage> pages, Stream output)
    {
        var body = new DocumentFormat.OpenXml.Wordprocessing.Body();
        for (var p = 0; p < pages.Count; p++)
        {
            body.Append(TitleParagraph(pages[p].Title, newPage: p > 0));
            var size = Fit(pages[p]);
            foreach (var b in pages[p].Blocks)
            {
                body.Append(Paragraph(b, size));
            }
        }

        body.Append(Section());
        var document = new Document(body);
        document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "[Content_Types].xml", ContentTypes);
        Entry(zip, "_rels/.rels", PackageRels);
        Entry(zip, "word/_rels/document.xml.rels", DocumentRels);
        Entry(zip, "word/document.xml", Declaration + document.OuterXml);
        Entry(zip, "word/styles.xml", Declaration + Styles().OuterXml);
        Entry(zip, "word/settings.xml", Declaration + Settings().OuterXml);
    }

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    private const string ContentTypes = Declaration +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" +
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>" +
        "</Types>";

    private const string PackageRels = Declaration +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
        "</Relationships>";

    private const string DocumentRels = Declaration +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>" +
        "</Relationships>";

    private static void Entry(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var s = entry.Open();
        var bytes = new UTF8Encoding(false).GetBytes(content);
        s.Write(bytes);
    }

    private static RunFonts Fonts(string eastAsia) => new() { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = eastAsia, ComplexScript = LatinFont };

    private static Paragraph TitleParagraph(string text, bool newPage)
    {
        var props = new ParagraphProperties(
            new ParagraphStyleId { Val = "EcoTitle" });
        if (newPage)
        {
            props.Append(new PageBreakBefore());
        }

        return new Paragraph(props, new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A body size and its line pitch: 三号 (16 pt) on 28 pt, 四号 (14 pt) on 24 pt, 小四 (12 pt) on 20 pt.</summary>
    internal readonly record struct BodySize(int HalfPoints, int PitchTwips);

    private static readonly BodySize[] Sizes = [new(Body, Pitch), new(28, 480), new(24, 400)];

    /// <summary>Points of the type area: 210 − 28 − 26 mm wide, 297 − 37 − 35 mm high, less the title's two lines.</summary>
    private const double AreaWidth = 442.2, AreaHeight = 637.8 - (2 * 32);

    /// <summary>
    /// The largest body size at which the page's paragraphs fit the type area, estimated from their characters (a
    /// Chinese character is one em, a Latin letter or digit half an em, the first line indented two ems, a line wrapped
    /// short of the last em); 三号 whenever it fits, as 公文 ask, else 四号, else 小四.
    /// </summary>
    internal static BodySize Fit(OfficialPage page)
    {
        foreach (var size in Sizes)
        {
            var em = size.HalfPoints / 2.0;
            var perLine = Math.Floor(AreaWidth / em) - 1;
            var lines = page.Blocks.Sum(b => Math.Ceiling((Ems((b.Lead ?? string.Empty) + b.Text) + (b.Kind == BlockKind.Subtitle ? 0 : 2)) / perLine));
            if (lines * size.PitchTwips / 20.0 <= AreaHeight)
            {
                return size;
            }
        }

        return Sizes[^1];
    }

    private static double Ems(string text) => text.Sum(c => c < 0x2E80 ? 0.55 : 1.0);

    private static Paragraph Paragraph(Block b, BodySize size)
    {
        var style = b.Kind switch
        {
            BlockKind.Subtitle => "EcoSubtitle",
            BlockKind.Heading => "EcoHeading",
            _ => "EcoBody",
        };
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (size.HalfPoints != Body)
        {
            properties.Append(new SpacingBetweenLines { Before = "0", After = "0", Line = $"{size.PitchTwips}", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = b.Kind == BlockKind.Subtitle ? "0" : $"{size.HalfPoints * 20}" });
        }

        var paragraph = new Paragraph(properties);
        if (b.Lead is not null)
        {
            paragraph.Append(new Run(new RunProperties(new RunStyle { Val = "EcoLead" }, Size(size)),
                new DocumentFormat.OpenXml.Wordprocessing.Text(b.Lead) { Space = SpaceProcessingModeValues.Preserve }));
        }

        paragraph.Append(new Run(new RunProperties(Size(size)), new DocumentFormat.OpenXml.Wordprocessing.Text(Breakable(b.Text)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    /// <summary>
    /// A zero-width space where Chinese meets a digit or Latin letter: numbers are set as Latin text (their language
    /// en-US, so that 87.20 never breaks at its point), and a line may still break before one, as Chinese text does.
    /// </summary>
    internal static string Breakable(string text) => BeforeLatin().Replace(text, "\u200B");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[\u3000-\u9FFF\uFF00-\uFFEF])(?=[0-9A-Za-z])")]
    private static partial System.Text.RegularExpressions.Regex BeforeLatin();

    private static FontSize Size(BodySize size) => new() { Val = $"{size.HalfPoints}" };

    private static SectionProperties Section() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        // 公文 margins, in twips (1 mm = 56.7 twips): top 37 mm, right 26, bottom 35, left 28.
        new PageMargin { Top = 2098, Right = 1474U, Bottom = 1984, Left = 1587U, Header = 851U, Footer = 992U, Gutter = 0U });

    private static Style ParagraphStyle(string id, string name, string font, int size, JustificationValues justify, int firstLine, bool bold = false, int line = Pitch)
    {
        var run = new StyleRunProperties(Fonts(font), new FontSize { Val = $"{size}" }, new FontSizeComplexScript { Val = $"{size}" },
            new Languages { Val = "en-US", EastAsia = "zh-CN" });
        if (bold)
        {
            run.PrependChild(new Bold());
        }

        var paragraph = new StyleParagraphProperties(
            new AutoSpaceDE { Val = false }, new AutoSpaceDN { Val = false },
            new SpacingBetweenLines { Before = "0", After = "0", Line = $"{line}", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { FirstLine = $"{firstLine}" },
            new Justification { Val = justify });
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph, StyleId = id, CustomStyle = true,
        };
    }

    private static Styles Styles()
    {
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = $"{Body}" }, new FontSizeComplexScript { Val = $"{Body}" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                // No automatic space between Chinese and Latin letters or digits: 公文 sets 130个, not 130 个.
                new AutoSpaceDE { Val = false }, new AutoSpaceDN { Val = false },
                new SpacingBetweenLines { Before = "0", After = "0", Line = $"{Pitch}", LineRule = LineSpacingRuleValues.Exact })));
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        return new Styles(defaults, normal,
            ParagraphStyle("EcoTitle", "Eco Title", TitleFont, Title, JustificationValues.Center, 0, line: 640),
            ParagraphStyle("EcoSubtitle", "Eco Subtitle", SubtitleFont, Body, JustificationValues.Center, 0),
            ParagraphStyle("EcoHeading", "Eco Heading", HeadingFont, Body, JustificationValues.Both, Indent),
            ParagraphStyle("EcoBody", "Eco Body", BodyFont, Body, JustificationValues.Both, Indent),
            new Style(new StyleName { Val = "Eco Lead" }, new PrimaryStyle(), new StyleRunProperties(Fonts(HeadingFont)))
            {
                Type = StyleValues.Character, StyleId = "EcoLead", CustomStyle = true,
            });
    }

    private static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 420 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15",
        }));
}
