using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Core.Siting;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Data.Briefing;
using DefactoPop.Web.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Data;

/// <summary>The briefing deck built from the simulated 2017 store: its numbers are the view's, worded the Korean way.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class BriefingBuilderTests(Sqlite2017StoreFixture fixture)
{
    private BriefingBuilder Builder => fixture.Store.Services.GetRequiredService<BriefingBuilder>();

    [Fact]
    public async Task BuildAsync_SimulatedStore_HeadlineCarriesTheSummaryInManMyeong()
    {
        var from = Sqlite2017StoreFixture.From;
        var to = Sqlite2017StoreFixture.To;
        var summary = await fixture.Store.Read.GetSummaryAsync(from, to);

        var deck = await Builder.BuildAsync(new BriefingRequest(from, to));

        var headline = deck.Slides[0];
        Assert.Contains(KoreanWording.Count(summary.Mean!.Value), headline.Title, StringComparison.Ordinal);
        Assert.Contains(headline.Lines, l => l.Level == 2 && l.Text.Contains("90%" + KoreanWording.Nbsp + "구간", StringComparison.Ordinal));
        Assert.Contains(headline.Lines, l => l.Text.StartsWith($"최대 {KoreanWording.Count(summary.Max!.Value)}: {KoreanWording.Date(summary.Max.At.Date, summary.Max.At.Hour)}", StringComparison.Ordinal));
        var top = summary.Districts.Where(d => d.Mean is not null).MaxBy(d => d.Mean)!;
        var districts = Assert.Single(deck.Slides, s => s.Lines.Any(l => l.Text.StartsWith("생활인구 상위", StringComparison.Ordinal)));
        Assert.StartsWith(KoreanWording.Topic(top.Name), districts.Title, StringComparison.Ordinal);
        Assert.NotNull(districts.Image);
        // The map of the last day at the deck's hour, drawn on the server.
        var map = Assert.Single(deck.Slides, s => s.Image?.AltText.EndsWith("단계구분도", StringComparison.Ordinal) == true);
        Assert.StartsWith("14시 생활인구 최다 행정동은", map.Title, StringComparison.Ordinal);
        // The build copies the Korean font beside the executable, so the headline and the districts carry their charts.
        Assert.Contains("시간대별", deck.Slides[0].Image!.AltText, StringComparison.Ordinal);
        Assert.Equal("유의사항", deck.Slides[^1].Title);
        Assert.Contains("/briefing?from=2017-09-25&to=2017-10-07", deck.Slides[^1].Image!.AltText, StringComparison.Ordinal);
        Assert.Contains(deck.Slides[^1].Lines, l => l.Text.Contains("합성 서울", StringComparison.Ordinal));
        Assert.All(deck.Slides, s => Assert.StartsWith("※ 자료: 합성 서울 시나리오", s.Footnote, StringComparison.Ordinal));
        Assert.All(deck.Slides, s => Assert.Contains("/briefing?from=2017-09-25&to=2017-10-07", s.Permalink, StringComparison.Ordinal));
        Assert.Equal(KoreanWording.Date(to) + " 기준", deck.Stamp);
        Assert.False(deck.Internal);
    }

    [Fact]
    public async Task BuildAsync_DongLevel_MapsAndRanksDongsAndTheLinkKeepsTheLevel()
    {
        var (from, to) = (Sqlite2017StoreFixture.From, Sqlite2017StoreFixture.To);
        var dongs = await fixture.Store.Read.GetZonesAsync(DefactoPop.Core.Domain.ZoneLevel.Dong);

        var deck = await Builder.BuildAsync(new BriefingRequest(from, to, 9) { Level = DefactoPop.Core.Domain.ZoneLevel.Dong });

        var ranking = Assert.Single(deck.Slides, s => s.Lines.Any(l => l.Text.StartsWith("생활인구 상위", StringComparison.Ordinal)));
        Assert.StartsWith("생활인구 상위 5개 행정동", ranking.Lines[0].Text, StringComparison.Ordinal);
        Assert.All(ranking.Lines.Skip(1), l => Assert.Contains(dongs, d => l.Text.Contains(" " + d.NameKo + " ", StringComparison.Ordinal)));
        Assert.Contains(deck.Slides, s => s.Title.StartsWith("9시 생활인구 최다 행정동은", StringComparison.Ordinal));
        Assert.Contains("level=dong", deck.Slides[0].Permalink, StringComparison.Ordinal);
        Assert.Contains("hour=9", deck.Slides[0].Permalink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_DistrictLevel_MapsDistricts()
    {
        var deck = await Builder.BuildAsync(new BriefingRequest(Sqlite2017StoreFixture.From, Sqlite2017StoreFixture.To) { Level = DefactoPop.Core.Domain.ZoneLevel.Gu });

        var map = Assert.Single(deck.Slides, s => s.Image?.AltText.EndsWith("단계구분도", StringComparison.Ordinal) == true);
        Assert.StartsWith("14시 생활인구 최다 자치구", map.Title, StringComparison.Ordinal);
        Assert.Contains("자치구별 생활인구", map.Image!.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_WithASitingRun_AddsItsChosenSitesWithFrequencies()
    {
        var deck = await Builder.BuildAsync(new BriefingRequest(Sqlite2017StoreFixture.From, Sqlite2017StoreFixture.To)
        {
            Siting = new SitingFilter { Preset = SitingPreset.Senior, Draws = 4 },
        });

        var slide = Assert.Single(deck.Slides, s => s.Title.StartsWith("노인복지시설 입지 1순위", StringComparison.Ordinal));
        Assert.Contains(slide.Lines, l => l.Level == 2 && l.Text.Contains("선정 빈도", StringComparison.Ordinal));
        Assert.Contains(slide.Lines, l => l.Level == 3 && l.Text.Contains("경로당", StringComparison.Ordinal));
    }
}
