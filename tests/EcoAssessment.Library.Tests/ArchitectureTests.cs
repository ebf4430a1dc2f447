using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;

namespace EcoAssessment.Library.Tests;

/// <summary>
/// The house as docs/architecture.md draws it. The core (src/EcoAssessment) is pure: no file, console or network I/O,
/// no clock, no environment, no unseeded randomness, no process-wide settings — checked twice, over the compiled
/// assembly's metadata (what it calls, whatever the source spells) and over its source (what a reviewer reads). The IO
/// library sets nothing process-wide either: that is the program's choice. The projects reference exactly what the
/// table in docs/architecture.md says, and no source file grows past the sizes a reader can hold.
/// </summary>
public partial class ArchitectureTests
{
    private static readonly string CoreAssembly = typeof(EcoAssessment.Pipeline.Assessment).Assembly.Location;
    private static readonly string IoAssembly = typeof(EcoAssessment.Scorecard).Assembly.Location;

    // Types the core must not touch at all ("namespace.name").
    private static readonly string[] ForbiddenTypes =
    [
        "System.IO.File", "System.IO.Directory", "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileSystemInfo",
        "System.IO.FileStream", "System.IO.StreamReader", "System.IO.StreamWriter", "System.IO.Path", "System.IO.DriveInfo",
        "System.IO.FileSystemWatcher", "System.IO.RandomAccess", "System.Console",
        "System.Diagnostics.Process", "System.Diagnostics.Stopwatch", "System.Security.Cryptography.RandomNumberGenerator",
        "System.Runtime.GCSettings", "System.Threading.ThreadPool",
    ];

    // Namespaces the core must not touch at all.
    private static readonly string[] ForbiddenNamespaces =
        ["System.Net", "System.IO.Pipes", "System.IO.MemoryMappedFiles", "System.IO.IsolatedStorage", "Microsoft.Win32"];

    // Members the core must not call ("namespace.type::member"): the clock, unseeded randomness, process-wide settings.
    private static readonly string[] ForbiddenMembers =
    [
        "System.DateTime::get_Now", "System.DateTime::get_UtcNow", "System.DateTime::get_Today",
        "System.DateTimeOffset::get_Now", "System.DateTimeOffset::get_UtcNow", "System.TimeProvider::get_System",
        "System.TimeZoneInfo::get_Local", "System.Random::get_Shared", "System.Guid::NewGuid",
        "System.GC::TryStartNoGCRegion", "System.GC::EndNoGCRegion", "System.GC::Collect",
        "System.AppContext::SetSwitch", "System.AppContext::SetData",
    ];

    [Test]
    public void TheCoreAssemblyCallsNoIoClockEnvironmentOrUnseededRandomness()
    {
        var hits = ForbiddenUses(CoreAssembly);
        Assert.That(hits, Is.Empty, "src/EcoAssessment must stay pure (docs/architecture.md, the rings)");
    }

    [Test]
    public void TheIoLibrarySetsNothingProcessWide()
    {
        // The garbage-collection pause, thread-pool sizes and runtime switches are the program's choice (the CLI's).
        string[] processWide = ["System.Runtime.GCSettings", "System.Threading.ThreadPool"];
        var hits = ForbiddenUses(IoAssembly)
            .Where(h => processWide.Any(t => h.StartsWith(t, StringComparison.Ordinal)) || h.Contains("System.GC::", StringComparison.Ordinal)
                || h.Contains("System.AppContext::Set", StringComparison.Ordinal))
            .ToArray();
        Assert.That(hits, Is.Empty);
    }

    [Test]
    public void TheMetadataCheckFindsWhatItLooksFor()
    {
        // The test assembly itself reads files, the environment and the clock: the same check must see them.
        var hits = ForbiddenUses(typeof(ArchitectureTests).Assembly.Location);
        Assert.That(hits, Has.Some.StartsWith("System.IO.File"));
        Assert.That(hits, Has.Some.StartsWith("System.Environment"));
        Assert.That(hits, Has.Some.StartsWith("System.DateTime::get_UtcNow"));
        Assert.That(hits, Has.Some.StartsWith("System.Random::.ctor()"));
        Assert.That(hits, Has.Some.StartsWith("System.Net"));
    }

    // Kept so that the self-check above has something to find; never run.
    private static object Uses() => (File.Exists("x"), Environment.ProcessorCount, DateTime.UtcNow, new Random(),
        System.Net.IPAddress.Loopback);

    [Test]
    public void TheCoreSourceNamesNoIoClockEnvironmentOrUnseededRandomness()
    {
        var src = Repo.PathOf("src", "EcoAssessment");
        var files = SourceFiles(src);
        Assert.That(files, Has.Length.GreaterThan(40), "the core's source was found");
        var hits = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && Impure().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(src, x.f)}:{x.i + 1}: {x.line.Trim()}").ToArray();
        Assert.That(hits, Is.Empty);
    }

    [GeneratedRegex(@"(?<![\w.])(File|Directory|FileInfo|DirectoryInfo|FileStream|StreamReader|StreamWriter|Path|DriveInfo|Console|Environment|Process|Stopwatch|GCSettings|ThreadPool|RandomNumberGenerator)\s*\.|new\s+(FileStream|StreamReader|StreamWriter|FileInfo|DirectoryInfo|Random\s*\(\s*\))|\b(DateTime|DateTimeOffset)\s*\.\s*(Now|UtcNow|Today)\b|TimeProvider\s*\.\s*System|Random\s*\.\s*Shared|Guid\s*\.\s*NewGuid|\bGC\s*\.\s*(TryStartNoGCRegion|EndNoGCRegion|Collect)|AppContext\s*\.\s*Set|System\.Net\b|\[DllImport|\[LibraryImport")]
    private static partial Regex Impure();

    [TestCase("var text = File.ReadAllText(path);")]
    [TestCase("using var s = new FileStream(p, FileMode.Open);")]
    [TestCase("var n = Environment.ProcessorCount;")]
    [TestCase("var today = DateOnly.FromDateTime(DateTime.Today);")]
    [TestCase("var now = DateTimeOffset.UtcNow;")]
    [TestCase("var rng = new Random();")]
    [TestCase("var x = Random.Shared.Next();")]
    [TestCase("var sw = Stopwatch.StartNew();")]
    [TestCase("Console.WriteLine(x);")]
    [TestCase("GC.TryStartNoGCRegion(1 << 20);")]
    [TestCase("using System.Net.Http;")]
    public void TheSourcePatternFindsImpureCode(string line) => Assert.That(Impure().IsMatch(line), Is.True);

    [TestCase("var p = rule.Path.Length;")]
    [TestCase("var rng = SeededRandom.For(seed, 1);")]
    [TestCase("var d = record.Date.AddDays(1);")]
    [TestCase("var f = new FileSet();")]
    public void TheSourcePatternLeavesPureCodeAlone(string line) => Assert.That(Impure().IsMatch(line), Is.False);

    [Test]
    public void ProjectsReferenceWhatTheArchitecturePageSays()
    {
        var page = File.ReadAllText(Repo.PathOf("docs", "architecture.md"));
        var table = Regex.Match(page, "<!-- references -->(.*?)<!-- /references -->", RegexOptions.Singleline);
        Assert.That(table.Success, Is.True, "docs/architecture.md has the references table between <!-- references --> and <!-- /references -->");
        var drawn = new SortedDictionary<string, (string Projects, string Packages)>(StringComparer.Ordinal);
        foreach (var row in table.Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|') && !l.StartsWith("|-", StringComparison.Ordinal)))
        {
            var cells = row.Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray();
            if (cells[0] == "project")
            {
                continue;
            }

            drawn[cells[0]] = (Normalise(cells[1]), Normalise(cells[2]));
        }

        var actual = new SortedDictionary<string, (string Projects, string Packages)>(StringComparer.Ordinal);
        foreach (var csproj in Directory.GetFiles(Repo.PathOf("src"), "*.csproj", SearchOption.AllDirectories))
        {
            var xml = XDocument.Load(csproj);
            var projects = xml.Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')));
            var packages = xml.Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value);
            actual[Path.GetFileNameWithoutExtension(csproj)] = (Normalise(string.Join(",", projects)), Normalise(string.Join(",", packages)));
        }

        static string[] Lines(SortedDictionary<string, (string Projects, string Packages)> d) =>
            [.. d.Select(kv => $"{kv.Key} → projects: {kv.Value.Projects}; packages: {kv.Value.Packages}")];
        Assert.That(Lines(actual), Is.EqualTo(Lines(drawn)), "src/*/*.csproj against the table in docs/architecture.md");
    }

    [Test]
    public void EveryPathTheArchitecturePageNamesExists()
    {
        var page = File.ReadAllText(Repo.PathOf("docs", "architecture.md"));
        var paths = Regex.Matches(page, @"`((?:src|tests|api|scoring-rules|samples|docs)/[^`*…]+?)`").Select(m => m.Groups[1].Value.TrimEnd('/')).Distinct().ToArray();
        Assert.That(paths, Has.Length.GreaterThan(20), "the page names the files it describes");
        var missing = paths.Where(p => !File.Exists(Repo.PathOf(p.Split('/'))) && !Directory.Exists(Repo.PathOf(p.Split('/')))).ToArray();
        Assert.That(missing, Is.Empty, "paths named in docs/architecture.md");
    }

    private static string Normalise(string list) => string.Join(", ", list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(x => x.Trim('`')).Where(x => x is not ("—" or "-")).Order(StringComparer.Ordinal));

    [Test]
    public void NoSourceFileOutgrowsAReader()
    {
        // Over 600 lines a file must say at its top why it is kept whole; over 1,000 it must be split.
        var src = Repo.PathOf("src");
        var problems = new List<string>();
        foreach (var f in SourceFiles(src))
        {
            var lines = File.ReadAllLines(f);
            var name = Path.GetRelativePath(src, f);
            if (lines.Length > 1000)
            {
                problems.Add($"{name}: {lines.Length} lines (over 1,000: split it)");
            }
            else if (lines.Length > 600 && !lines.TakeWhile(l => !l.StartsWith("namespace", StringComparison.Ordinal))
                         .Any(l => l.Contains("kept whole", StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{name}: {lines.Length} lines (over 600 without a top comment saying why it is kept whole)");
            }
        }

        Assert.That(problems, Is.Empty);
    }

    private static string[] SourceFiles(string root) => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every forbidden type, namespace or member the assembly's metadata refers to, as "type" or "type::member".</summary>
    private static string[] ForbiddenUses(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var hits = new SortedSet<string>(StringComparer.Ordinal);

        string TypeName(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeReference => FullName(md.GetTypeReference((TypeReferenceHandle)handle)),
            HandleKind.TypeDefinition => md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)handle).Namespace) + "." +
                                         md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)handle).Name),
            _ => "",
        };

        string FullName(TypeReference t) => t.ResolutionScope.Kind == HandleKind.TypeReference
            ? FullName(md.GetTypeReference((TypeReferenceHandle)t.ResolutionScope)) + "+" + md.GetString(t.Name)
            : md.GetString(t.Namespace) + "." + md.GetString(t.Name);

        foreach (var h in md.TypeReferences)
        {
            var name = FullName(md.GetTypeReference(h));
            if (ForbiddenTypes.Contains(name) || ForbiddenNamespaces.Any(ns => name.StartsWith(ns + ".", StringComparison.Ordinal)))
            {
                hits.Add(name);
            }
        }

        foreach (var h in md.MemberReferences)
        {
            var m = md.GetMemberReference(h);
            var type = TypeName(m.Parent);
            var member = md.GetString(m.Name);
            if (ForbiddenMembers.Contains(type + "::" + member))
            {
                hits.Add(type + "::" + member);
            }
            else if (type == "System.Environment" && member != "get_CurrentManagedThreadId")
            {
                // The compiler's iterators read the current thread's id; every other member reads the machine or process.
                hits.Add("System.Environment::" + member);
            }
            else if (type == "System.Random" && member == ".ctor" && ParameterCount(md, m) == 0)
            {
                hits.Add("System.Random::.ctor()");
            }
        }

        foreach (var h in md.MethodDefinitions)
        {
            var method = md.GetMethodDefinition(h);
            if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0)
            {
                hits.Add("P/Invoke " + md.GetString(method.Name));
            }
        }

        return [.. hits];
    }

    private static int ParameterCount(MetadataReader md, MemberReference m)
    {
        var blob = md.GetBlobReader(m.Signature);
        var header = blob.ReadSignatureHeader();
        if (header.IsGeneric)
        {
            blob.ReadCompressedInteger();
        }

        return blob.ReadCompressedInteger();
    }
}
