using System.Diagnostics;
using System.Security.Cryptography;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests.Hostile;

/// <summary>
/// Runs one hostile or broken input through the CLI in-process and checks what every refusal must show (issue 25):
/// the exit code DESIGN §5 gives, a located message in the one diagnostic form and no internal error, within 30 s and
/// 2 GiB, nothing new written under the case's folder and no input changed.
/// </summary>
public sealed class HostileCase : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("eco-hostile-").FullName;

    public const string Branches = "branch_id,name,unit,members\nB1,一支部,机关,10\nB2,二支部,机关,12\n";

    /// <summary>A dataset folder under the case's folder with the given files (text as UTF-8).</summary>
    public string Dataset(params (string File, string Text)[] files)
    {
        var folder = Path.Combine(Dir, "data");
        Directory.CreateDirectory(folder);
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        return folder;
    }

    /// <summary>Files the snapshot does not open (named pipes: opening one to hash it would wait for a writer).</summary>
    public HashSet<string> Special { get; } = new(StringComparer.Ordinal);

    /// <summary>A path under the case's folder.</summary>
    public string At(string name) => Path.Combine(Dir, name);

    /// <summary>A named pipe at <paramref name="name"/> (mkfifo) that a background writer fills with <paramref name="line"/> for ever, until the case ends.</summary>
    public string EndlessPipe(string name, string line)
    {
        var path = At(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var mk = Process.Start("mkfifo", [path]))
        {
            mk.WaitForExit();
        }

        Special.Add(path);
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(line, Math.Max(1, 65536 / Math.Max(1, line.Length)))));
        var writer = new Thread(() =>
        {
            try
            {
                using var s = new FileStream(path, FileMode.Open, FileAccess.Write);
                while (!_done)
                {
                    s.Write(bytes);
                }
            }
            catch (IOException)
            {
                // The reader closed the pipe.
            }
        }) { IsBackground = true };
        writer.Start();
        _writers.Add(writer);
        return path;
    }

    private volatile bool _done;
    private readonly List<Thread> _writers = [];

    /// <summary>
    /// Runs <paramref name="args"/>; asserts the exit code, that stderr contains each of <paramref name="expected"/>,
    /// that no line of stderr is an internal error, the time and memory bounds, and that the folder's files are as before.
    /// </summary>
    public CliResult Refused(int exit, string[] args, params string[] expected)
    {
        var before = Snapshot();
        var clock = Stopwatch.StartNew();
        var r = CliRunner.Run(args);
        clock.Stop();
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(exit), r.Stderr);
            foreach (var e in expected)
            {
                Assert.That(r.Stderr, Does.Contain(e), r.Stderr);
            }

            Assert.That(r.Stderr, Does.Not.Contain("内部错误").And.Not.Contain("   at ").And.Not.Contain("Exception"), r.Stderr);
            Assert.That(r.Stderr.Length, Is.LessThan(64 * 1024), "the messages echo a bounded part of the input");
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
            Assert.That(Process.GetCurrentProcess().PeakWorkingSet64, Is.LessThan(2L << 30));
            Assert.That(Snapshot(), Is.EqualTo(before), "nothing written, no input changed");
        });
        return r;
    }

    /// <summary>Every regular file under the folder (links not followed) with the sha256 of its bytes; links with their target.</summary>
    private SortedDictionary<string, string> Snapshot()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in new DirectoryInfo(Dir).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            if (f.LinkTarget is not null)
            {
                files[f.FullName] = "-> " + f.LinkTarget;
            }
            else if (f is FileInfo file && !Special.Contains(file.FullName))
            {
                try
                {
                    using var s = file.OpenRead();
                    files[f.FullName] = Convert.ToHexString(SHA256.HashData(s));
                }
                catch (UnauthorizedAccessException)
                {
                    files[f.FullName] = "unreadable";
                }
            }
            else
            {
                files[f.FullName] = f is DirectoryInfo ? "dir" : "special";
            }
        }

        return files;
    }

    public void Dispose()
    {
        _done = true;
        foreach (var p in Special)
        {
            // A writer still waiting for a reader is released by opening the pipe once (in the background: with no writer
            // left, the open would wait).
            var release = new Thread(() =>
            {
                try
                {
                    using var s = new FileStream(p, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
                }
                catch (IOException)
                {
                }
            }) { IsBackground = true };
            release.Start();
            release.Join(TimeSpan.FromSeconds(1));
        }

        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
