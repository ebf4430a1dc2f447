using System.Diagnostics;
using System.Globalization;
using EcoAssessment.Catalogue;

namespace EcoAssessment.Cli;

/// <summary>
/// Progress of a long run on stderr (DESIGN.md §5): one line, rewritten in place, shown only when stderr is a terminal
/// and only once the run has taken more than a second, cleared before anything else is written to stderr and at the
/// end. When stderr is redirected (a pipe, a file, the tests' writer) nothing is ever written.
/// </summary>
internal sealed class Progress
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter? _terminal;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.Zero;
    private bool _shown;

    private Progress(TextWriter? terminal) => _terminal = terminal;

    /// <summary>A reporter that writes to <paramref name="stderr"/> only when it is the process's stderr and a terminal.</summary>
    public static Progress For(TextWriter stderr) =>
        new(ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? stderr : null);

    /// <summary>A reporter that never writes.</summary>
    public static Progress None { get; } = new(null);

    /// <summary>Shows what the run is doing now (at most ten times a second).</summary>
    public void Report(string text, bool force = false)
    {
        if (_terminal is null)
        {
            return;
        }

        var now = _clock.Elapsed;
        if (now < Delay || (!force && now - _last < Interval))
        {
            return;
        }

        _last = now;
        _shown = true;
        _terminal.Write("\r\u001b[K" + text);
        _terminal.Flush();
    }

    /// <summary>For <see cref="IO.Csv.CsvReadOptions.Progress"/>: "reading meetings.csv … 1.2 M rows".</summary>
    public void Rows(string file, long rows) =>
        Report(CliText.T(Texts.CliProgressReading, Path.GetFileName(file), Count(rows)));

    /// <summary>For <c>eco generate</c>: "writing study … 12.4 M records".</summary>
    public void Records(string table, long records) =>
        Report(CliText.T(Texts.CliProgressWritingTable, table, Count(records)));

    /// <summary>Removes the progress line, if one is shown, so that messages start at the beginning of a clean line.</summary>
    public void Clear()
    {
        if (_shown)
        {
            _terminal!.Write("\r\u001b[K");
            _terminal.Flush();
            _shown = false;
        }
    }

    private static string Count(long n) => n >= 1_000_000
        ? (n / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " M"
        : n.ToString("N0", CultureInfo.InvariantCulture);
}
