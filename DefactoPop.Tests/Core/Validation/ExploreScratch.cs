using System.Diagnostics;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Validation;
using DefactoPop.Tests.TestSupport.TestCities;
using Xunit.Abstractions;

namespace DefactoPop.Tests.Core.Validation;

public class ExploreScratch(ITestOutputHelper output)
{
    [Fact]
    public void Explore()
    {
        var sw = Stopwatch.StartNew();
        var tc = TestCityFactory.Create();
        output.WriteLine($"city {sw.ElapsedMilliseconds} ms");
        var plan = NetworkPlan.Generate(tc.City, 1);
        var nnz = plan.Coverage.NonZeroCount;
        output.WriteLine($"plan {sw.ElapsedMilliseconds} ms cells {plan.CellCount} nnz/oa {(double)nnz / tc.City.OaCount:F1} est nnz/oa {(double)plan.EstimatorView().Coverage.NonZeroCount / tc.City.OaCount:F1}");
        var maxP = Enumerable.Range(0, tc.City.OaCount).Average(j => plan.Coverage.ProbabilitiesOf(j).ToArray().Max());
        output.WriteLine($"mean max p {maxP:F3}");
        var r = Validator.Run(tc.City, plan, tc.Truth, new DateOnly(2017, 10, 2), new DateOnly(2017, 10, 15), new ValidationOptions { MaxDays = 2 });
        output.WriteLine($"validate {sw.ElapsedMilliseconds} ms");
        output.WriteLine(r.ToJson());
    }
}
