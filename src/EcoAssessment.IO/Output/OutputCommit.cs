namespace EcoAssessment.IO.Output;

/// <summary>
/// The one output commit step: every output of a run is first written whole to a temporary file beside its target
/// (links resolved: the target is the file a link finally names), and only when all of them are written are they moved
/// into place, so that a run writes all its outputs or none. An output that is a device or a pipe (/dev/stdout,
/// /dev/full) cannot be staged: it is written straight, before the moves. The writers keep their interface, an
/// <see cref="Action{Stream}"/> that writes one output to a stream.
/// </summary>
internal sealed class OutputCommit : IDisposable
{
    private readonly List<(string Temp, string Target, string Given)> _staged = [];
    private readonly List<(string Target, string Given, Action<Stream> Write)> _direct = [];
    private bool _committed;

    /// <summary>
    /// Writes <paramref name="path"/>'s content to a temporary file beside the file it resolves to. Throws what the
    /// file system throws (IOException, UnauthorizedAccessException; <see cref="OutputFailure"/> names the path);
    /// nothing is in place until <see cref="Commit"/>.
    /// </summary>
    public void Stage(string path, Action<Stream> write)
    {
        var target = RealPath.Of(path);
        switch (FileKinds.Of(target))
        {
            case FileKind.Special:
                _direct.Add((target, path, write));
                return;
            case FileKind.Directory:
                throw new OutputFailure(path, OutputFailureKind.IsFolder, null);
        }

        var dir = Path.GetDirectoryName(target)!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                _staged.Add((temp, target, path));
                write(stream);
                stream.Flush(flushToDisk: false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputFailure.From(path, e);
        }
    }

    /// <summary>Writes the outputs that could not be staged, then moves every staged one into place.</summary>
    public void Commit()
    {
        foreach (var (target, given, write) in _direct)
        {
            try
            {
                using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                write(stream);
                stream.Flush();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw OutputFailure.From(given, e);
            }
        }

        foreach (var (temp, target, given) in _staged)
        {
            try
            {
                File.Move(temp, target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw OutputFailure.From(given, e);
            }
        }

        _committed = true;
    }

    /// <summary>Removes the temporary files of a commit that did not happen.</summary>
    public void Dispose()
    {
        foreach (var (temp, _, _) in _staged)
        {
            try
            {
                if (!_committed || File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind: a hidden .tmp file beside the target; the target itself is untouched.
            }
        }
    }

    /// <summary>Writes one output through the commit step (stage, then commit).</summary>
    public static void Write(string path, Action<Stream> write)
    {
        using var commit = new OutputCommit();
        commit.Stage(path, write);
        commit.Commit();
    }
}

/// <summary>Why an output could not be written.</summary>
internal enum OutputFailureKind
{
    IoError,
    PermissionDenied,
    NoFolder,
    IsFolder,
    DiskFull,
}

/// <summary>An output could not be written: the path as given and why (the caller reports it, exit 4).</summary>
internal sealed class OutputFailure(string path, OutputFailureKind kind, Exception? inner) : IOException(kind.ToString(), inner)
{
    public string OutputPath { get; } = path;

    public OutputFailureKind Kind { get; } = kind;

    public static OutputFailure From(string path, Exception e) => e as OutputFailure ?? new OutputFailure(path, e switch
    {
        UnauthorizedAccessException => OutputFailureKind.PermissionDenied,
        DirectoryNotFoundException => OutputFailureKind.NoFolder,
        _ when IsDiskFull(e) => OutputFailureKind.DiskFull,
        _ => OutputFailureKind.IoError,
    }, e);

    /// <summary>ENOSPC (28) or EDQUOT (122) on Unix, ERROR_HANDLE_DISK_FULL (39) or ERROR_DISK_FULL (112) on Windows.</summary>
    public static bool IsDiskFull(Exception e) => e is IOException && (e.HResult & 0xFFFF) is 28 or 122 or 39 or 112
        || e.InnerException is { } inner && IsDiskFull(inner);
}

/// <summary>The path a path finally names: every link along it resolved (like realpath), for a path that need not exist yet.</summary>
internal static class RealPath
{
    public static string Of(string path) => Of(Path.GetFullPath(path), 0);

    private static string Of(string full, int depth)
    {
        var parent = Path.GetDirectoryName(full);
        if (parent is null)
        {
            return full;
        }

        var joined = Path.Combine(Of(parent, depth), Path.GetFileName(full));
        try
        {
            var info = new FileInfo(joined);
            if (depth < 40 && info.LinkTarget is { } link)
            {
                var target = Path.IsPathRooted(link) ? link : Path.Combine(Path.GetDirectoryName(joined)!, link);
                return Of(Path.GetFullPath(target), depth + 1);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable: the path as it is.
        }

        return joined;
    }
}
