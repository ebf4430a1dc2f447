using System.Text;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Output;

/// <summary>Outputs are written through a temporary file and a rename (DESIGN §5).</summary>
public class AtomicFileTests
{
    private static void WriteText(Stream s, string text) => s.Write(Encoding.UTF8.GetBytes(text));

    [Test]
    public void ASuccessfulWriteLeavesOnlyTheTarget()
    {
        using var ds = new TempDataset();
        var target = Path.Combine(ds.Root, "out.csv");
        AtomicFile.Write(target, s => WriteText(s, "a,b\n"));
        Assert.That(File.ReadAllText(target), Is.EqualTo("a,b\n"));
        Assert.That(Directory.GetFiles(ds.Root).Select(Path.GetFileName), Is.EqualTo(new[] { "out.csv" }));
    }

    [Test]
    public void ASuccessfulWriteReplacesAnExistingFile()
    {
        using var ds = new TempDataset();
        var target = Path.Combine(ds.Root, "out.csv");
        File.WriteAllText(target, "old content that is longer than the new one\n");
        AtomicFile.Write(target, s => WriteText(s, "new\n"));
        Assert.That(File.ReadAllText(target), Is.EqualTo("new\n"));
        Assert.That(Directory.GetFiles(ds.Root).Select(Path.GetFileName), Is.EqualTo(new[] { "out.csv" }));
    }

    [Test]
    public void AThrowingCallbackLeavesTheTargetUntouchedAndNoTempFile()
    {
        using var ds = new TempDataset();
        var target = Path.Combine(ds.Root, "out.csv");
        File.WriteAllText(target, "previous result\n");
        var before = File.GetLastWriteTimeUtc(target);
        var e = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, s =>
        {
            WriteText(s, "half a fi");
            throw new InvalidOperationException("boom");
        }));
        Assert.That(e!.Message, Is.EqualTo("boom"));
        Assert.That(File.ReadAllText(target), Is.EqualTo("previous result\n"));
        Assert.That(File.GetLastWriteTimeUtc(target), Is.EqualTo(before));
        Assert.That(Directory.GetFiles(ds.Root).Select(Path.GetFileName), Is.EqualTo(new[] { "out.csv" }));
    }

    [Test]
    public void AThrowingCallbackCreatesNoTarget()
    {
        using var ds = new TempDataset();
        var target = Path.Combine(ds.Root, "out.json");
        Assert.Throws<IOException>(() => AtomicFile.Write(target, _ => throw new IOException("disk full")));
        Assert.That(File.Exists(target), Is.False);
        Assert.That(Directory.GetFiles(ds.Root), Is.Empty);
    }

    [Test]
    public void AMissingFolderIsAnIOExceptionAndLeavesNothing()
    {
        using var ds = new TempDataset();
        var target = Path.Combine(ds.Root, "no-such-folder", "out.csv");
        Assert.That(() => AtomicFile.Write(target, s => WriteText(s, "x")), Throws.InstanceOf<IOException>());
        Assert.That(Directory.Exists(Path.Combine(ds.Root, "no-such-folder")), Is.False);
    }

    [Test]
    public void TheWritersGoThroughAtomicFile()
    {
        using var ds = SmallRun.Write();
        var (a, _) = SmallRun.Run(ds);
        var target = Path.Combine(ds.Root, "result.csv");
        AtomicFile.Write(target, s => ResultCsvWriter.Write(a, s));
        Assert.That(File.ReadAllBytes(target), Is.EqualTo(SmallRun.Csv(a)));
        Assert.That(Directory.GetFiles(ds.Root).Select(Path.GetFileName), Is.EqualTo(new[] { "result.csv" }));
    }
}
