using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;

namespace EcoAssessment.Library.Tests;

/// <summary>
/// Every <c>```csharp</c> block of docs/library.md is a complete program: it is compiled against the public API
/// alone (the snippet's assembly is no friend of the libraries), with nullable checks and every warning an error,
/// and then run with the repository's samples at hand, so the guide cannot drift from the code.
/// </summary>
[NonParallelizable]
public sealed partial class GuideSnippetTests
{
    // The implicit usings of an SDK project, as a script gets them.
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll" or "EcoAssessment.dll" or "EcoAssessment.IO.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    [GeneratedRegex(@"^```csharp\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();

    private static IEnumerable<TestCaseData> Snippets()
    {
        var text = File.ReadAllText(Repo.PathOf("docs", "library.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var n = 0;
        foreach (Match m in CSharpBlock().Matches(text))
        {
            var line = text[..m.Index].Count(c => c == '\n') + 1;
            yield return new TestCaseData(m.Groups[1].Value, line).SetName($"Guide snippet {++n} (docs/library.md line {line})");
        }
    }

    [Test]
    public void TheGuideHasSnippets() => Assert.That(Snippets().Count(), Is.GreaterThanOrEqualTo(6));

    [TestCaseSource(nameof(Snippets))]
    public void CompilesAndRuns(string code, int line)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("GuideSnippet" + line,
            [CSharpSyntaxTree.ParseText(GlobalUsings, parse), CSharpSyntaxTree.ParseText(code, parse, path: $"docs/library.md:{line}")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
        Assert.That(problems, Is.Empty, "the snippet must compile without warnings");
        Assert.That(emit.Success, Is.True);

        // Run it where "samples/…" resolves to the repository's samples and anything it writes lands in a temp folder.
        var work = Directory.CreateTempSubdirectory("eco-guide-");
        var (cwd, stdout, stderr) = (Environment.CurrentDirectory, Console.Out, Console.Error);
        var output = new StringWriter();
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(work.FullName, "samples"), Repo.PathOf("samples"));
            Environment.CurrentDirectory = work.FullName;
            Console.SetOut(output);
            Console.SetError(output);
            var entry = Assembly.Load(image.ToArray()).EntryPoint!;
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Environment.CurrentDirectory = cwd;
            Console.SetOut(stdout);
            Console.SetError(stderr);
            work.Delete(true);
        }

        Assert.That(output.ToString(), Is.Not.Empty, "every snippet prints something");
        TestContext.Out.WriteLine(output.ToString());
    }
}
