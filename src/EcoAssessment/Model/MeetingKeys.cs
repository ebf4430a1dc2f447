namespace EcoAssessment.Model;

/// <summary>
/// A meeting's meeting_id as the reader gives it to <see cref="DatasetBuilder.AddMeeting{TId}"/>: blank or not, the key
/// that identifies the meeting within its branch, and its text, which is only made when a message or a kept record
/// needs it. Readers implement it as a struct (a span of the row's bytes), so the builder's generic method is compiled
/// for it and nothing is allocated per row.
/// </summary>
internal interface IMeetingId
{
    /// <summary>Whether the cell was blank (a meeting without a meeting_id is never a repeat).</summary>
    bool IsBlank { get; }

    /// <summary>
    /// The identity (branch, type, date, meeting_id) as 128 bits; equal meetings give equal keys, and different ones
    /// collide with negligible probability. <paramref name="branch"/> is the branch's place in the branches table.
    /// </summary>
    UInt128 Key(int branch, MeetingType type, DateOnly date);

    /// <summary>The meeting_id's text (for a message or a kept record).</summary>
    string Text();
}

/// <summary>
/// The keys of the meetings a builder has taken in, per branch, to tell a repeated meeting and the file it was first read
/// from. A file lists a branch's meetings one after another, as a run of rows: the keys of the current run are in one
/// small set, and a run's keys are kept for its branch as an array (with the run's file) when the next run starts. Should
/// rows of that branch come again later (in the same file, or in the next file of the table), the branch gets a map of
/// its own from then on, from each key to its file.
/// </summary>
internal sealed class MeetingKeys(IReadOnlyDictionary<string, BranchData> branches)
{
    private HashSet<UInt128> _runKeys = [];
    private BranchData? _runBranch;
    private int _runFile;
    private Dictionary<UInt128, int>? _runSet; // the run branch's own map, when its rows came in several runs
    private UInt128[]?[]? _earlier; // by branch index: the keys of a branch's one earlier run (sized for the branches read)
    private int[]? _earlierFile; // by branch index: the file of that run
    private Dictionary<int, Dictionary<UInt128, int>>? _repeated; // by branch index: the keys of a branch read in several runs

    /// <summary>
    /// Whether a meeting key is new for its branch (and notes it as read from file <paramref name="file"/>, the builder's
    /// number for the table's file); when it is not, <paramref name="firstFile"/> is the file it was first read from.
    /// </summary>
    public bool FirstOf(BranchData b, UInt128 key, int file, out int firstFile)
    {
        if (b != _runBranch || file != _runFile)
        {
            EndRun();
            _runBranch = b;
            _runFile = file;
            if (_repeated is not null && _repeated.TryGetValue(b.Index, out var set))
            {
                _runSet = set;
            }
            else if (_earlier is not null && b.Index < _earlier.Length && _earlier[b.Index] is { } earlier)
            {
                _earlier[b.Index] = null;
                var from = _earlierFile![b.Index];
                var map = new Dictionary<UInt128, int>(earlier.Length * 2);
                foreach (var k in earlier)
                {
                    map[k] = from;
                }

                (_repeated ??= [])[b.Index] = _runSet = map;
            }
        }

        if (_runSet is not null)
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_runSet, key, out var seen);
            if (!seen)
            {
                slot = file;
            }

            firstFile = slot;
            return !seen;
        }

        firstFile = file;
        return _runKeys.Add(key);
    }

    /// <summary>Ends the current run (at a new table, and before a build).</summary>
    public void EndRun()
    {
        if (_runBranch is { } b && _runKeys.Count > 0 && _runSet is null)
        {
            if (_earlier is null || b.Index >= _earlier.Length)
            {
                Array.Resize(ref _earlier, Math.Max(b.Index + 1, branches.Count));
                Array.Resize(ref _earlierFile, _earlier.Length);
            }

            _earlier[b.Index] = _runKeys.ToArray();
            _earlierFile![b.Index] = _runFile;
        }

        // Clearing costs the set's capacity: a set grown by a huge branch is replaced instead.
        if (_runKeys.Count > 4096)
        {
            _runKeys = [];
        }
        else
        {
            _runKeys.Clear();
        }

        _runBranch = null;
        _runSet = null;
    }

    /// <summary>Lets go of every key (the meetings are read).</summary>
    public void Release()
    {
        EndRun();
        _earlier = null;
        _earlierFile = null;
        _repeated = null;
    }
}
