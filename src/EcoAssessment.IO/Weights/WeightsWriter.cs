using System.Globalization;
using System.Text;
using System.Text.Json;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Json;
using EcoAssessment.Methods;

namespace EcoAssessment.IO.Weights;

/// <summary>
/// Writes what <c>eco weights</c> found: one <c>name⇥weight</c> line per criterion (six decimals), or one JSON object
/// <c>{"weights": {name: weight…}}</c>, for AHP followed by λmax, CI and CR.
/// </summary>
internal static class WeightsWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>AHP weights with λmax, CI and CR; the text form ends with a line saying whether CR is below 0.1, in <paramref name="language"/>.</summary>
    public static void WriteAhp(TextWriter output, IReadOnlyList<string> names, AhpResult r, bool json, Language language = Language.Zh)
    {
        var n = names.Count;
        if (json)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
            {
                w.WriteStartObject();
                w.WriteStartObject("weights");
                for (var i = 0; i < n; i++) w.WriteNumber(names[i], r.Weights[i]);
                w.WriteEndObject();
                w.WriteNumber("lambda_max", r.LambdaMax);
                w.WriteNumber("ci", r.ConsistencyIndex);
                w.WriteNumber("cr", r.ConsistencyRatio);
                w.WriteEndObject();
            }

            output.Write(Encoding.UTF8.GetString(stream.ToArray()) + "\n");
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                output.WriteLine(string.Create(Inv, $"{names[i]}\t{r.Weights[i]:0.000000}"));
            }

            output.WriteLine(string.Create(Inv, $"λmax {r.LambdaMax:0.000000}  CI {r.ConsistencyIndex:0.000000}  CR {r.ConsistencyRatio:0.000000}  {(r.Consistent ? Texts.WeightsConsistent : Texts.WeightsInconsistent).Render(language)}"));
        }
    }

    /// <summary>Weights by name, e.g. the entropy weights of indicator columns.</summary>
    public static void WriteWeights(TextWriter output, IReadOnlyList<string> names, IReadOnlyList<double> weights, bool json)
    {
        if (json)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
            {
                w.WriteStartObject();
                w.WriteStartObject("weights");
                for (var j = 0; j < names.Count; j++) w.WriteNumber(names[j], weights[j]);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            output.Write(Encoding.UTF8.GetString(stream.ToArray()) + "\n");
        }
        else
        {
            for (var j = 0; j < names.Count; j++)
            {
                output.WriteLine(string.Create(Inv, $"{names[j]}\t{weights[j]:0.000000}"));
            }
        }
    }
}
