using EcoAssessment.Model;

namespace EcoAssessment.Stages.Derivation;

/// <summary>
/// What derivations in a row may reuse, owned by the caller: one per thread (a block of branches), never shared between
/// threads. It holds no result, only the last period's length in months and a buffer for sorting findings.
/// </summary>
internal sealed class DerivationScratch
{
    private Period? _monthsOf;
    private double _months;
    private FindingRecord[]? _findings;

    /// <summary>The period's length in months (<see cref="Period.Months"/>, which walks the period month by month), remembered for the last period asked about.</summary>
    public double Months(Period period)
    {
        if (!ReferenceEquals(period, _monthsOf))
        {
            _months = period.Months;
            _monthsOf = period;
        }

        return _months;
    }

    /// <summary>A buffer of at least <paramref name="count"/> findings (at least 16); the caller clears what it used.</summary>
    public FindingRecord[] Findings(int count)
    {
        if (_findings is null || _findings.Length < count)
        {
            _findings = new FindingRecord[Math.Max(16, count)];
        }

        return _findings;
    }
}
