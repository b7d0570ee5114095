using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;

namespace DefactoPop.Tests.Core.Import;

public class ZoneCodeCacheTests
{
    [Theory]
    [InlineData("11680")]
    [InlineData("11680640")]
    [InlineData("1123064010001")]
    [InlineData("1168")]
    [InlineData("116806401")]
    [InlineData("26110")]
    [InlineData("1168O")]
    [InlineData("11680-640")]
    [InlineData("1123064010001 ")]
    [InlineData("11")]
    public void Lookup_AnyText_AgreesWithZoneCodesShapeRules(string code)
    {
        var cache = new ZoneCodeCache();
        foreach (var level in new[] { ZoneLevel.Gu, ZoneLevel.Dong, ZoneLevel.Oa })
        {
            var id = cache.Lookup(Encoding.ASCII.GetBytes(code), level);
            Assert.Equal(ZoneCodes.IsValid(level, code), id >= 0);
            if (id >= 0)
                Assert.Equal(code, cache[id]);
        }
    }

    [Fact]
    public void Lookup_SameCodeTwice_SameIdAndString()
    {
        var cache = new ZoneCodeCache();
        var a = cache.Lookup("11680640"u8, ZoneLevel.Dong);
        var b = cache.Lookup("11680650"u8, ZoneLevel.Dong);
        Assert.NotEqual(a, b);
        Assert.Equal(a, cache.Lookup("11680640"u8, ZoneLevel.Dong));
        Assert.Same(cache[a], cache[cache.Lookup("11680640"u8, ZoneLevel.Dong)]);
    }
}
