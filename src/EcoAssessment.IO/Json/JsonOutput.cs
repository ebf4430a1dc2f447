using System.Text.Encodings.Web;
using System.Text.Json;

namespace EcoAssessment.IO.Json;

/// <summary>The one JSON style of every EcoAssessment output: indented, Chinese and other text written as itself, not \u-escaped.</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
