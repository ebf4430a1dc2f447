using System.Globalization;
using System.Runtime.Loader;
using EcoAssessment.Catalogue;

namespace EcoAssessment.Cli;

/// <summary>
/// The language of one <c>eco</c> invocation (<c>--lang zh|en</c>, Chinese by default), read from the arguments before
/// the command line is built so that help, usage errors and every line eco prints are in it. Async-local: invocations
/// side by side in one process (the in-process tests) each keep their own.
/// </summary>
internal static class CliText
{
    private static readonly AsyncLocal<Language> Current = new();

    /// <summary>The language of the current invocation.</summary>
    public static Language Language
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    /// <summary>An entry rendered in the current language.</summary>
    public static string T(Entry entry, params object?[] args) => entry.Render(Language, args);

    /// <summary>The language <c>--lang</c> names in <paramref name="args"/> (<c>--lang en</c>, <c>--lang=en</c>, <c>--lang:en</c>); Chinese otherwise.</summary>
    public static Language FromArgs(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                break;
            }

            string? value = a == "--lang" && i + 1 < args.Count ? args[i + 1]
                : a.StartsWith("--lang=", StringComparison.Ordinal) || a.StartsWith("--lang:", StringComparison.Ordinal) ? a[7..]
                : null;
            if (value is not null)
            {
                return Languages.Parse(value) ?? Language.Zh;
            }
        }

        return Language.Zh;
    }

    /// <summary>
    /// The UI culture whose resources System.CommandLine's own texts (Usage:, Options:, parse errors) use. Only the
    /// resources change: the CLI runs with invariant globalization, so numbers and dates stay invariant in every language.
    /// </summary>
    public static CultureInfo UiCulture(Language language)
    {
        if (language == Language.En)
        {
            return CultureInfo.InvariantCulture;
        }

        SatelliteFolders.Register();
        return CultureInfo.GetCultureInfo("zh-Hans");
    }

    /// <summary>
    /// Under invariant globalization a culture's name is upper-cased (<c>zh-HANS</c>), so the runtime looks for the
    /// satellite assemblies in a folder that does not exist on a case-sensitive file system; this finds them in the
    /// folder the build writes (<c>zh-Hans</c>).
    /// </summary>
    private static class SatelliteFolders
    {
        static SatelliteFolders() => AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.CultureName is not { Length: > 0 } culture || name.Name is null)
            {
                return null;
            }

            var folder = Directory.Exists(AppContext.BaseDirectory)
                ? Directory.EnumerateDirectories(AppContext.BaseDirectory).FirstOrDefault(d => string.Equals(Path.GetFileName(d), culture, StringComparison.OrdinalIgnoreCase))
                : null;
            var path = folder is null ? null : Path.Combine(folder, name.Name + ".dll");
            return path is not null && File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };

        /// <summary>Runs the static constructor once.</summary>
        public static void Register()
        {
        }
    }
}
