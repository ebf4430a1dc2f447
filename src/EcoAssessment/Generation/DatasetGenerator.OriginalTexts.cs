using EcoAssessment.Model;

namespace EcoAssessment.Generation;

/// <summary>The generator's 读原著学原文 sessions: expected once a quarter (DOMAIN §5), kept up by diligent members.</summary>
internal static partial class DatasetGenerator
{
    /// <summary>
    /// A member's 读原著学原文 sessions of the year, one a quarter kept with the member's diligence (a lax member misses
    /// quarters), from the branch's own stream <paramref name="reading"/>, so that the monthly study rows stay as they were.
    /// </summary>
    private static void EmitOriginalTexts(string member, double diligence, GeneratorOptions o, SeededRandom reading, IDatasetSink sink)
    {
        for (var q = 0; q < 4; q++)
        {
            if (reading.Chance(Math.Min(0.97, diligence)))
            {
                var date = new DateOnly(o.Year, (3 * q) + reading.Between(1, 3), reading.Between(1, 28));
                var hours = Math.Round(Math.Max(0.5, reading.Normal(1.5, 0.3)), 1);
                sink.Study(new StudyRecord(member, null, date, false, StudyForm.OriginalTexts, hours, null, true));
            }
        }
    }
}
