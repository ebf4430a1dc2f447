using System.Text;

namespace EcoAssessment.IO.Tests.Fixtures;

/// <summary>
/// Text with <c>»</c> markers in front of the nodes where a diagnostic is expected. <see cref="Parse"/> removes the markers
/// and returns the 1-based line and column (in characters) of the character each marker stood before, so a test
/// reads <c>weight: »heavy</c> instead of a hand-counted <c>(13,17)</c>.
/// </summary>
internal static class MarkedText
{
    public const char Marker = '»';

    public static (string Text, IReadOnlyList<(int Line, int Column)> Marks) Parse(string marked)
    {
        var sb = new StringBuilder(marked.Length);
        var marks = new List<(int, int)>();
        int line = 1, col = 1;
        foreach (var ch in marked)
        {
            if (ch == Marker)
            {
                marks.Add((line, col));
                continue;
            }

            sb.Append(ch);
            if (ch == '\n')
            {
                line++;
                col = 1;
            }
            else
            {
                col++;
            }
        }

        return (sb.ToString(), marks);
    }
}
