using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// Nothing in EcoAssessment touches the network: the data is personal and stays on the machine. Checked twice: no
/// source file names a networking type, and no shipped assembly references a networking assembly.
/// </summary>
public partial class NoNetworkTests
{
    [GeneratedRegex(@"\b(HttpClient|HttpMessageHandler|WebClient|WebRequest|HttpWebRequest|TcpClient|TcpListener|UdpClient|Socket|ClientWebSocket|NetworkStream|Dns|SmtpClient|FtpWebRequest)\b|System\.Net\.(Http|Sockets|WebSockets|Mail|NetworkInformation)")]
    private static partial Regex Networking();

    [Test]
    public void NoSourceFileUsesTheNetwork()
    {
        var src = Path.Combine(CliRunner.RepoRoot, "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        Assert.That(files, Has.Length.GreaterThan(50), "the source tree was found");
        var hits = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && Networking().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(src, x.f)}:{x.i + 1}: {x.line.Trim()}").ToArray();
        Assert.That(hits, Is.Empty);
    }

    [TestCase("HttpClient client;")]
    [TestCase("using System.Net.Sockets;")]
    [TestCase("var s = new Socket(a, b, c);")]
    public void ThePatternFindsNetworkingCode(string line) => Assert.That(Networking().IsMatch(line), Is.True);

    [Test]
    public void NoAssemblyReferencesANetworkingAssembly()
    {
        Assembly[] shipped = [typeof(EcoAssessment.Pipeline.Plan).Assembly, typeof(EcoAssessment.IO.InputLimits).Assembly, typeof(EcoAssessment.Cli.CliApp).Assembly];
        var references = shipped.SelectMany(a => a.GetReferencedAssemblies().Select(r => $"{a.GetName().Name} → {r.Name}"))
            .Where(r => r.Contains("System.Net.", StringComparison.Ordinal)).ToArray();
        Assert.That(references, Is.Empty);
    }
}
