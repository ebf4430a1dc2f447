using System.Runtime.CompilerServices;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;

namespace EcoAssessment.Model;

/// <summary>
/// The builder's credibility checks while the rows come in: a meeting that an earlier file of the table listed already
/// (meetings-2024Q1.csv and meetings-2024Q2.csv), and meetings with more attendees than the branch has members. Both are
/// warnings, reported once per pair of files and once per branch, at the first row concerned.
/// </summary>
internal sealed partial class DatasetBuilder
{
    private readonly List<string> _tableFiles = []; // the files this builder has begun, by number
    private int _file = -1; // the number of the file being read
    private bool _membersTable; // whether a members table is present (read when a table begins: members come before meetings)

    /// <summary>Notes the file a table begins in (<see cref="BeginTable"/>).</summary>
    private void BeginFile(string file)
    {
        _file = _tableFiles.Count;
        _tableFiles.Add(file);
        _membersTable = _tables.Contains(InputTable.Members);
    }

    /// <summary>A meeting read again in another file than the one it was first read from: counted per pair of files.</summary>
    private void RepeatAcrossFiles(int firstFile, string meetingId, string branchId, SourceLocation? location) =>
        _tally.CountRepeat(_tableFiles[firstFile], _tableFiles[_file], () => Where(location), meetingId, branchId);

    /// <summary>
    /// Notes a meeting with more attendees than its branch has members: the branch's memberships when a members table is
    /// present (every membership, home or not: the most who could attend), else the branch's declared <c>members</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckAttendees(BranchData b, int attendees, SourceLocation? location)
    {
        var members = _membersTable ? b.MembershipList.Count : b.Record.Members ?? int.MaxValue;
        if (attendees > members)
        {
            NoteAttendeesAboveMembers(b, attendees, members, location);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void NoteAttendeesAboveMembers(BranchData b, int attendees, int members, SourceLocation? location)
    {
        var seen = b.AttendeesAboveMembers;
        b.AttendeesAboveMembers = seen is null
            ? new AttendanceAboveMembers(1, attendees, members, Where(location))
            : seen with { Meetings = seen.Meetings + 1, Most = Math.Max(seen.Most, attendees) };
    }

    /// <summary>Reports the repeats across files counted by the builder and its lanes (at <see cref="Build"/>).</summary>
    private void ReportRepeatsAcrossFiles()
    {
        foreach (var ((earlier, file), r) in _tally.RepeatsAcrossFiles.OrderBy(kv => kv.Key.Earlier, StringComparer.Ordinal)
                     .ThenBy(kv => kv.Key.File, StringComparer.Ordinal))
        {
            _diagnostics.Warning(DiagnosticCodes.MeetingInTwoFiles, r.At ?? SourceLocation.InFile(file),
                Texts.MeetingInTwoFiles.With(r.Count, earlier, file, r.Branch, r.Meeting));
        }
    }
}

/// <summary>The meetings of a branch with more attendees than its members: how many, the most attendees, and the first one's row.</summary>
internal sealed record AttendanceAboveMembers(int Meetings, int Most, int Members, SourceLocation? First);
