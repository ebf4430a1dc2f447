namespace EcoAssessment.IO.Output;

/// <summary>What a paragraph of a 公文 page is: its place in the layout decides its font.</summary>
internal enum BlockKind
{
    /// <summary>A line under the title (楷体 or 仿宋, centred).</summary>
    Subtitle,

    /// <summary>A first-level heading 一、二、三 (黑体).</summary>
    Heading,

    /// <summary>A body paragraph (仿宋, first line indented two characters).</summary>
    Body,
}

/// <summary>One paragraph of a page.</summary>
/// <param name="Kind">Its place in the layout.</param>
/// <param name="Text">Its text, in the reader's language.</param>
/// <param name="Lead">A run-in heading before the text, in the headings' font (一、总体情况。…); null for none.</param>
internal sealed record Block(BlockKind Kind, string Text, string? Lead = null);

/// <summary>One page of a 公文-style document (the brief, one 支部告知单): a title and its paragraphs, already worded.</summary>
/// <param name="Title">The title (小标宋, centred).</param>
/// <param name="Blocks">The paragraphs in order.</param>
internal sealed record OfficialPage(string Title, IReadOnlyList<Block> Blocks)
{
    /// <summary>The page as plain text: the title, then each paragraph on its own line, a blank line before each heading (what <c>eco explain --card</c> prints).</summary>
    public string ToText()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(Title).Append('\n');
        foreach (var b in Blocks)
        {
            if (b.Kind == BlockKind.Heading || b.Lead is not null)
            {
                sb.Append('\n');
            }

            sb.Append(b.Kind == BlockKind.Body ? "  " : string.Empty).Append(b.Lead).Append(b.Text).Append('\n');
        }

        return sb.ToString();
    }
}
