using EcoAssessment.Model;
using EcoAssessment.Stages.Treatment;
using NUnit.Framework;

namespace EcoAssessment.Tests.Stages.Treatment;

public class ToleranceTreatmentTests
{
    [TestCase(Tolerance.None, 1.0)]
    [TestCase(Tolerance.Lenient, 0.5)]
    [TestCase(Tolerance.Exempt, 0.0)]
    public void TheSeverityFactorIsNoneOneLenientHalfExemptZero(Tolerance tolerance, double factor)
    {
        Assert.That(ToleranceTreatment.Factor(tolerance), Is.EqualTo(factor));
    }
}
