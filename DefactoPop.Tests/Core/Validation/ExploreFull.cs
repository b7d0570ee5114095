using System.Diagnostics;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Validation;
using DefactoPop.Tests.TestSupport.TestCities;
using Xunit.Abstractions;

namespace DefactoPop.Tests.Core.Validation;

public class ExploreFull(ITestOutputHelper output)
{
    [Fact]
    public void ExploreValidate()
    {
        var full = Environment.GetEnvironmentVariable("FULL") == "1";
        var sw = Stopwatch.StartNew();
        var tc = TestCityFactory.Create(full ? TestCityOptions.FullSize : new TestCityOptions());
        var plan = NetworkPlan.Generate(tc.City, 1);
        var r = Validator.Run(tc.City, plan, tc.Truth, new DateOnly(2017, 10, 2), new DateOnly(2017, 10, 15), new ValidationOptions { MaxDays = full ? 1 : 2 });
        output.WriteLine($"validate {sw.ElapsedMilliseconds} ms");
        output.WriteLine(r.ToJson());
    }
}
