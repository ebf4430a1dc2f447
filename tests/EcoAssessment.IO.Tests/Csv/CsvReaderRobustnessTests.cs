using System.Text;
using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Csv;

/// <summary>DESIGN §7: any bad input gives located messages, never a crash on any byte sequence.</summary>
public class CsvReaderRobustnessTests
{
    [Test]
    public void EveryOneByteEditOfAMeetingsFileIsHandled()
    {
        var bytes = Encoding.UTF8.GetBytes(Baseline.Meetings);
        byte[] inserts = [(byte)'"', (byte)',', (byte)'\r', (byte)'\n', 0xFF, 0xE4, (byte)'%', (byte)'-', (byte)' '];
        var crashes = new List<string>();
        using var ds = new TempDataset().WithBaseline();
        for (var i = 0; i < bytes.Length; i++)
        {
            var variants = new List<byte[]> { bytes.Where((_, k) => k != i).ToArray() };
            variants.AddRange(inserts.Select(b => bytes[..i].Append(b).Concat(bytes[i..]).ToArray()));
            foreach (var v in variants)
            {
                ds.Bytes("meetings.csv", v);
                try
                {
                    ds.Read();
                }
                catch (Exception e)
                {
                    crashes.Add($"at byte {i}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.That(crashes, Is.Empty, $"{crashes.Count} edits threw; first ones:\n" + string.Join("\n", crashes.Take(5)));
    }

    [TestCase(new byte[] { 0xFF, 0xFE, 0x62, 0x00 }, TestName = "Robust CSV: a UTF-16 BOM and a lone character")]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF }, TestName = "Robust CSV: only a UTF-8 BOM")]
    [TestCase(new byte[] { 0xC3, 0x28, 0x2C, 0x0A }, TestName = "Robust CSV: invalid UTF-8")]
    [TestCase(new byte[] { 0x22, 0x22, 0x22 }, TestName = "Robust CSV: three quotes")]
    [TestCase(new byte[] { 0x0D }, TestName = "Robust CSV: a lone CR")]
    public void AStrangeMeetingsFileIsADiagnosticNotAnException(byte[] content)
    {
        using var ds = new TempDataset().WithBaseline();
        ds.Bytes("meetings.csv", content);
        Assert.That(() => ds.Read(), Throws.Nothing);
    }
}
