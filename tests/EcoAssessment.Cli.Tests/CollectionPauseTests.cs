using System.Runtime;
using EcoAssessment.Cli;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// A large dataset is read and evaluated without garbage collections (<see cref="CollectionPause"/>): the pause is taken
/// only for a large input, one at a time, never beyond a third of the memory available, and always given back.
/// </summary>
[NonParallelizable]
public class CollectionPauseTests
{
    [Test]
    public void ASmallInputTakesNoPause()
    {
        Assert.That(CollectionPause.For(CollectionPause.MinInputBytes - 1), Is.Null);
        Assert.That(GCSettings.LatencyMode, Is.Not.EqualTo(GCLatencyMode.NoGCRegion));
    }

    [Test]
    public void APauseHoldsCollectionsUntilDisposedAndOnlyOneIsHeldAtATime()
    {
        using (var pause = CollectionPause.Start(64L << 20))
        {
            Assert.That(pause, Is.Not.Null);
            var collections = GC.CollectionCount(0); // starting the region may collect once, to make room
            Assert.That(GCSettings.LatencyMode, Is.EqualTo(GCLatencyMode.NoGCRegion));
            var kept = new List<byte[]>();
            for (var i = 0; i < 1000; i++)
            {
                kept.Add(new byte[16 << 10]); // 16 MiB in all, well within the budget
            }

            Assert.That(GC.CollectionCount(0), Is.EqualTo(collections), "no collection while the pause is held");
            Assert.That(CollectionPause.Start(64L << 20), Is.Null, "a second read goes without");
            GC.KeepAlive(kept);
        }

        Assert.That(GCSettings.LatencyMode, Is.Not.EqualTo(GCLatencyMode.NoGCRegion));
        using var again = CollectionPause.Start(64L << 20);
        Assert.That(again, Is.Not.Null, "the pause was given back");
    }

    [Test]
    public void APauseTheRuntimeEndedByCollectingIsDisposedQuietly()
    {
        var pause = CollectionPause.Start(16L << 20);
        Assert.That(pause, Is.Not.Null);
        GC.Collect(); // ends the region, as allocating beyond the budget would
        Assert.That(GCSettings.LatencyMode, Is.Not.EqualTo(GCLatencyMode.NoGCRegion));
        Assert.DoesNotThrow(pause!.Dispose);
        using var again = CollectionPause.Start(16L << 20);
        Assert.That(again, Is.Not.Null);
    }

    [Test]
    public void NoPauseIsTakenBeyondAThirdOfTheAvailableMemory()
    {
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        Assert.That(CollectionPause.Start((available / 3) + 1), Is.Null);
        Assert.That(GCSettings.LatencyMode, Is.Not.EqualTo(GCLatencyMode.NoGCRegion));
    }

    [Test]
    public void AFolderOfCsvFilesIsSizedByThoseFiles()
    {
        var folder = SmallFolder();
        try
        {
            Assert.That(CollectionPause.ForDataset(folder), Is.Null, "a small folder takes no pause");
            Assert.That(CollectionPause.ForDataset(Path.Combine(folder, "missing")), Is.Null);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void AFileIsSizedByItsBytesAndALinkByTheFileItPointsTo()
    {
        var folder = SmallFolder();
        try
        {
            var file = Path.Combine(folder, "branches.csv");
            var link = Path.Combine(folder, "link.csv");
            File.CreateSymbolicLink(link, file);
            Assert.That(CollectionPause.SizeOf(file), Is.EqualTo(new FileInfo(file).Length).And.GreaterThan(20));
            Assert.That(CollectionPause.SizeOf(link), Is.EqualTo(CollectionPause.SizeOf(file)));
            Assert.That(CollectionPause.SizeOf(Path.Combine(folder, "missing.csv")), Is.Zero);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A dataset folder holding one small branches.csv.</summary>
    private static string SmallFolder()
    {
        var folder = Directory.CreateTempSubdirectory("eco-pause-").FullName;
        File.WriteAllText(Path.Combine(folder, "branches.csv"), "branch_id,name,unit\nB1,一支部,局\n");
        return folder;
    }
}
