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
        var plan = NetworkPlan.Generate(tc.City, 1);
        var r = Validator.Run(tc.City, plan, tc.Truth, new DateOnly(2017, 10, 2), new DateOnly(2017, 10, 15), new ValidationOptions { MaxDays = 2 });
        output.WriteLine($"validate {sw.ElapsedMilliseconds} ms");
        output.WriteLine(r.ToJson());
    }
}
