using System.Collections.Concurrent;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Ingest;

/// <summary>
/// What one file or sheet held, as <c>eco check</c> and the report's 数据检查 sheet show it: rows taken in, their dates
/// (per day, so that the rows inside any period can be counted once the period is known) and the branches named. Each
/// file is read by one thread, so a profile is written by one thread only.
/// </summary>
internal sealed class FileProfile(InputTable table, string file)
{
    private readonly Dictionary<DateOnly, int> _days = [];
    private readonly HashSet<string> _branches = new(StringComparer.Ordinal);
    private string? _lastBranch;

    public InputTable Table { get; } = table;

    public string File { get; } = file;

    /// <summary>Rows taken in (rows with errors are not).</summary>
    public long Rows { get; private set; }

    /// <summary>Rows per date.</summary>
    public IReadOnlyDictionary<DateOnly, int> Days => _days;

    /// <summary>The distinct branch ids the rows name (a member's study row names none).</summary>
    public IReadOnlySet<string> Branches => _branches;

    public void Row(string? branchId, DateOnly? date)
    {
        Rows++;
        if (date is { } d)
        {
            _days[d] = _days.GetValueOrDefault(d) + 1;
        }

        if (branchId is not null && branchId != _lastBranch)
        {
            _branches.Add(branchId);
            _lastBranch = branchId;
        }
    }
}

/// <summary>The profiles of every file or sheet of a dataset, by file (a table read again starts its profile afresh).</summary>
internal sealed class ReadProfile
{
    private readonly ConcurrentDictionary<string, FileProfile> _files = new(StringComparer.Ordinal);

    /// <summary>A fresh profile for a file or sheet about to be read.</summary>
    public FileProfile Begin(InputTable table, string file)
    {
        var p = new FileProfile(table, file);
        _files[file] = p;
        return p;
    }

    /// <summary>The profiles, in file order.</summary>
    public IReadOnlyList<FileProfile> Files => _files.Values.OrderBy(f => f.Table).ThenBy(f => f.File, StringComparer.Ordinal).ToArray();
}
