using System.Reflection;
using DefactoPop.Core.Estimation;
using DefactoPop.Web.Cli;
using NetArchTest.Rules;

namespace DefactoPop.Tests.Architecture;

/// <summary>
/// The estimator's firewall: what estimates sees only the operator's and the city's contract types. The synthetic
/// city, its observation model (the truth's coverage and counts) and the validation (which reads the truth) stay out.
/// </summary>
public sealed class FirewallTests
{
    private static readonly string[] s_simulation =
        ["DefactoPop.Core.Synthetic", "DefactoPop.Core.Observation", "DefactoPop.Core.Validation", "DefactoPop.Web.Data.Simulation"];

    private static readonly Assembly s_core = typeof(EstimationPipeline).Assembly;
    private static readonly Assembly s_web = typeof(EstimateCommand).Assembly;

    /// <summary>The estimator and every namespace of its inputs.</summary>
    public static TheoryData<string> EstimatorNamespaces => new()
    {
        "DefactoPop.Core.Estimation", "DefactoPop.Core.Operator", "DefactoPop.Core.CityInputs", "DefactoPop.Core.Spatial", "DefactoPop.Core.Domain",
    };

    [Theory]
    [MemberData(nameof(EstimatorNamespaces))]
    public void EstimatorSide_References_NoSimulationOrTruth(string ns)
    {
        var types = Types.InAssembly(s_core).That().ResideInNamespace(ns);
        Assert.NotEmpty(types.GetTypes());
        var result = types.ShouldNot().HaveDependencyOnAny(s_simulation).GetResult();
        Assert.True(result.IsSuccessful, $"{ns} depends on the simulation: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void EstimatePath_InWeb_References_NoSimulationOrTruth()
    {
        var result = Types.InAssembly(s_web).That().ResideInNamespace("DefactoPop.Web.Data.Estimation")
            .Or().HaveName(nameof(EstimateCommand))
            .ShouldNot().HaveDependencyOnAny(s_simulation).GetResult();
        Assert.True(result.IsSuccessful, "estimate path depends on the simulation: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Rule_OnTheObservationModel_FindsItsDependencyOnTheSyntheticCity()
    {
        // The same rule must be able to fail: the observation model does read the synthetic city.
        var result = Types.InAssembly(s_core).That().ResideInNamespace("DefactoPop.Core.Observation")
            .ShouldNot().HaveDependencyOn("DefactoPop.Core.Synthetic").GetResult();
        Assert.False(result.IsSuccessful);
    }
}
