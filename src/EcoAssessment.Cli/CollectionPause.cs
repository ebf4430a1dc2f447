using System.Runtime;

namespace EcoAssessment.Cli;

/// <summary>
/// Holds off garbage collections while a large dataset is read and evaluated: a process-wide policy, so the program
/// decides it (eco evaluate around the whole run, the other commands around the read, <see cref="DatasetRead"/>); a
/// library caller of the reader gets ordinary collections. Almost everything the reader allocates (the branches,
/// the members, their sums) lives until the evaluation ends, so a collection during the read finds little garbage and
/// spends its time copying live objects from one generation to the next: at 100,000 branches that was about a third of
/// the read (docs/performance.md). The pause asks the runtime for a region without collections of about what the read
/// will allocate; should the read allocate more, the runtime simply collects as usual and the region ends. Small reads
/// (tests, the sample) gain nothing and take no pause. One pause at a time per process: a read running beside another
/// (or inside eco evaluate's) goes without.
/// </summary>
internal sealed class CollectionPause : IDisposable
{
    /// <summary>Inputs smaller than this are read without a pause.</summary>
    internal const long MinInputBytes = 64L << 20;

    /// <summary>
    /// The budget per byte of input. A run allocates 1.5 bytes per byte of a generated dataset of 100,000 branches, whose
    /// study table is most of its bytes; the smaller tables allocate more per byte (up to 3 for all but the study table),
    /// so the budget has room. It only bounds the region: memory grows with what the run allocates, not with the budget.
    /// </summary>
    internal const double BytesPerInputByte = 4;

    private static int _held;
    private bool _disposed;

    private CollectionPause()
    {
    }

    /// <summary>
    /// Starts a pause sized for reading <paramref name="inputBytes"/> of CSV (at most a third of the memory available to
    /// the process), or returns null when the input is small or another pause is held.
    /// </summary>
    public static CollectionPause? For(long inputBytes)
    {
        if (inputBytes < MinInputBytes)
        {
            return null;
        }

        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        var budget = (long)(inputBytes * BytesPerInputByte);
        return Start(available > 0 ? Math.Min(budget, available / 3) : budget);
    }

    /// <summary>
    /// A pause for a whole command on a dataset folder of CSV files (read, evaluate, write): sized from the folder's CSV
    /// files; null for a workbook or a missing folder (see <see cref="For"/>).
    /// </summary>
    public static CollectionPause? ForDataset(string dataset)
    {
        if (!Directory.Exists(dataset))
        {
            return null;
        }

        try
        {
            return ForFiles(Directory.EnumerateFiles(dataset).Where(p => p.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // reading the folder reports the problem
        }
    }

    /// <summary>A pause sized from these CSV files (see <see cref="For"/>).</summary>
    public static CollectionPause? ForFiles(IEnumerable<string> paths) => For(paths.Sum(SizeOf));

    /// <summary>
    /// A file's size in bytes (for a link, that of the file it points to); 0 when it cannot be read (reading it then
    /// reports why).
    /// </summary>
    internal static long SizeOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target)
            {
                info = target;
            }

            return info.Exists ? info.Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Starts a pause of <paramref name="budget"/> bytes, or null (see <see cref="For"/>).</summary>
    internal static CollectionPause? Start(long budget)
    {
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (budget <= 0 || (available > 0 && budget > available / 3) || Interlocked.CompareExchange(ref _held, 1, 0) != 0)
        {
            return null;
        }

        try
        {
            if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion && GC.TryStartNoGCRegion(budget))
            {
                return new CollectionPause();
            }
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // The runtime refused the size or is already in such a region: read with collections as usual.
        }

        Volatile.Write(ref _held, 0);
        return null;
    }

    /// <summary>Ends the region (the runtime may have ended it already by collecting) and lets another read take a pause.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            // Also when the runtime has already collected (the run allocated beyond the budget): the region stays marked
            // as started until it is ended, and ending it then throws, which is expected.
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The region had ended with a collection: nothing more to end.
        }
        finally
        {
            Volatile.Write(ref _held, 0);
        }
    }
}
