namespace EcoAssessment.Cli;

/// <summary>
/// The labels of System.CommandLine's help that its Chinese resources leave in English (<c>Description:</c>,
/// <c>[options]</c>, <c>[default: …]</c>), in Chinese. Only whole labels of the help's layout are replaced, never the
/// descriptions, which come from the catalogue.
/// </summary>
internal static class HelpLabels
{
    private static readonly (string English, string Chinese)[] Labels =
    [
        ("Description:", "说明:"),
        (" [options]", " [选项]"),
        (" [command]", " [命令]"),
        ("[default: ", "[默认: "),
        ("[required]", "[必填]"),
        (" (REQUIRED)", "（必填）"),
    ];

    /// <summary>The help text with the English labels in Chinese.</summary>
    public static string Chinese(string help)
    {
        foreach (var (english, chinese) in Labels)
        {
            help = help.Replace(english, chinese, StringComparison.Ordinal);
        }

        return help;
    }
}
