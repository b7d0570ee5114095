using System.Globalization;
using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Localisation;

/// <summary>Korean-first UI strings with English; the language follows CultureInfo.CurrentUICulture.</summary>
public sealed partial class UiText
{
    static UiText()
    {
        foreach (var (key, text) in SitingTexts().Concat(OperationsTexts()).Concat(AuthTexts()))
            s_texts.Add(key, text);
    }

    public static bool CurrentIsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public bool English => CurrentIsEnglish;

    public string Lang => English ? "en" : "ko";

    /// <summary>The string for a key; the key itself when unknown (visible in tests).</summary>
    public string this[string key] => s_texts.TryGetValue(key, out var t) ? (English ? t.En : t.Ko) : key;

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    /// <summary>A zone's name in the current language (Korean when it has no English name).</summary>
    public string Name(Zone zone) => zone.DisplayName(English);

    public static IEnumerable<string> Keys => s_texts.Keys;

    public static bool HasKey(string key) => s_texts.ContainsKey(key);

    /// <summary>Compact number: 11,534,210 → "1,153.4만" (ko) or "11.53M" (en).</summary>
    public string Number(double? value, bool compact = true)
    {
        if (value is not { } v || !double.IsFinite(v))
            return "–";
        var inv = CultureInfo.InvariantCulture;
        if (!compact || Math.Abs(v) < 10_000)
            return v.ToString(Math.Abs(v) < 10 ? "#,0.##" : "#,0", inv);
        return English
            ? Math.Abs(v) >= 1_000_000 ? (v / 1_000_000).ToString("#,0.00", inv) + "M" : (v / 1_000).ToString("#,0.0", inv) + "k"
            : (v / 10_000).ToString("#,0.0", inv) + "만";
    }

    /// <summary>An interval in the compact form of <see cref="Number"/>, the unit once: "1,171–1,196만" (ko), "11.71–11.96M" (en).</summary>
    public string Range(double lower, double upper)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper))
            return "–";
        var inv = CultureInfo.InvariantCulture;
        var top = Math.Max(Math.Abs(lower), Math.Abs(upper));
        var (scale, suffix) = top < 10_000 ? (1.0, "") : English ? top >= 1_000_000 ? (1_000_000.0, "M") : (1_000.0, "k") : (10_000.0, "만");
        var width = (upper - lower) / scale;
        var format = scale == 1 ? (top < 10 ? "#,0.##" : "#,0") : width >= 10 ? "#,0" : English && suffix == "M" ? "#,0.00" : "#,0.0";
        return $"{(lower / scale).ToString(format, inv)}–{(upper / scale).ToString(format, inv)}{suffix}";
    }

    /// <summary>"90% 구간 1,171–1,196만".</summary>
    public string Interval(double lower, double upper) => $"{this["interval.label"]} {Range(lower, upper)}";

    public string Percent(double? fraction) =>
        fraction is { } f && double.IsFinite(f) ? (f * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    private static readonly Dictionary<string, (string Ko, string En)> s_texts = new()
    {
        ["app.title"] = ("서울 생활인구", "Seoul de facto population"),
        ["seed.running"] = ("기본 합성 시나리오(서울 2017년 4분기)를 준비하고 있습니다", "Preparing the default synthetic scenario (Seoul 2017-Q4)"),
        ["seed.days"] = ("일 완료", "days done"),
        ["nav.overview"] = ("개요", "Overview"),
        ["nav.map"] = ("지도", "Map"),
        ["nav.compare"] = ("비교", "Compare"),
        ["nav.swings"] = ("변동", "Swings"),
        ["nav.foreigners"] = ("외국인", "Foreigners"),
        ["nav.method"] = ("방법", "Method"),
        ["nav.releases"] = ("공개 이력", "Releases"),
        ["releases.title"] = ("일별 공개 이력", "Daily releases"),
        ["releases.none"] = ("아직 공개된 날이 없습니다. release 명령이나 Releases:Inbox 설정으로 공개합니다.", "Nothing released yet: run the release verb or set Releases:Inbox."),
        ["releases.date"] = ("기준일", "Data date"),
        ["releases.revision"] = ("판", "Revision"),
        ["releases.received"] = ("자료 수신", "Drop received"),
        ["releases.published"] = ("공개", "Published"),
        ["releases.lag"] = ("소요", "Lag"),
        ["releases.files"] = ("파일", "Files"),
        ["releases.warnings"] = ("주의", "Warnings"),
        ["releases.audit"] = ("공격 점검", "Attacker"),
        ["releases.masked"] = ("비공개 셀", "masked cells"),
        ["releases.imputed"] = ("보정된 시간", "imputed hours"),
        ["releases.reprocess"] = ("다시 처리", "Reprocess"),
        ["releases.reprocess.off"] = ("다시 처리는 Releases:AllowReprocess=true일 때만 켜집니다", "Reprocessing is off unless Releases:AllowReprocess=true"),
        ["releases.quarantine"] = ("격리된 자료", "Quarantined drops"),
        ["query.invalid"] = ("주소의 일부 값을 읽을 수 없어 기본값으로 보여 드립니다: {0}", "Some values in the address could not be read, so their defaults are shown: {0}"),
        ["lang.switch"] = ("English", "한국어"),
        ["note.data"] = ("합성 데이터와 실제 공개 데이터 모두에서 동작합니다. 데이터 출처와 방법은 '방법' 화면을 보세요.",
            "Works on both the synthetic default and imported real data. See Method for provenance."),
        ["disclosure.internal"] = ("내부용 화면: 공개 기준(3명 이하 비공개, 차분 방지)을 적용하지 않은 원 추정값입니다. 외부에 공유하지 마십시오.",
            "Internal view: raw estimates without the release's disclosure control (cells of 3 or fewer, differencing). Do not share."),
        ["disclosure.public"] = ("공개 기준 적용: 3명 이하이거나 차분으로 알아낼 수 있는 값은 빗금(*)으로 가립니다.",
            "Disclosure control on: cells of 3 or fewer, or that differencing would reveal, are hatched (*)."),
        ["badge.updated"] = ("갱신", "Updated"),
        ["badge.method"] = ("방법", "Method"),
        ["badge.source"] = ("출처", "Source"),
        ["badge.nodata"] = ("데이터 없음", "No data"),
        ["kpi.registered"] = ("주민등록인구", "Registered"),
        ["kpi.noregister"] = ("주민등록인구 파일이 적재되지 않음", "No register file loaded"),
        ["overview.notloaded"] = ("–: 이 구분의 파일이 적재되지 않음", "–: no file of this kind loaded"),
        ["loading"] = ("불러오는 중", "Loading"),
        ["nodata.level"] = ("이 단위의 자료가 없습니다", "No data at this level"),
        ["kpi.mean"] = ("평균 생활인구", "Mean de facto"),
        ["kpi.max"] = ("최대", "Maximum"),
        ["kpi.min"] = ("최소", "Minimum"),
        ["kpi.swing"] = ("변동폭", "Swing"),
        ["kpi.ratio"] = ("생활/등록 비", "De facto / registered"),
        ["overview.curve"] = ("서울시 시간별 생활인구", "City hourly de facto population"),
        ["overview.split"] = ("인구 구성", "Population split"),
        ["overview.top"] = ("상위 자치구", "Top districts"),
        ["overview.shaded"] = ("음영: 주말·공휴일", "Shaded: weekends and holidays"),
        ["class.domestic"] = ("내국인", "Domestic"),
        ["class.long"] = ("장기체류 외국인", "Long-term foreign"),
        ["class.short"] = ("단기체류 외국인", "Short-term foreign"),
        ["filter.from"] = ("시작일", "From"),
        ["filter.to"] = ("종료일", "To"),
        ["filter.date"] = ("날짜", "Date"),
        ["filter.hour"] = ("시간", "Hour"),
        ["filter.allday"] = ("하루 평균", "Daily mean"),
        ["filter.level"] = ("단위", "Level"),
        ["filter.metric"] = ("지표", "Metric"),
        ["filter.sex"] = ("성별", "Sex"),
        ["filter.band"] = ("연령대", "Age band"),
        ["filter.all"] = ("전체", "All"),
        ["filter.district"] = ("자치구", "District"),
        ["filter.daytype"] = ("요일 유형", "Day type"),
        ["filter.classes"] = ("계급 수", "Classes"),
        ["filter.method"] = ("분류", "Classification"),
        ["filter.palette"] = ("색상", "Palette"),
        ["filter.breaks"] = ("수동 경계값", "Manual breaks"),
        ["filter.topn"] = ("상위 N", "Top N"),
        ["sex.male"] = ("남성", "Male"),
        ["sex.female"] = ("여성", "Female"),
        ["level.gu"] = ("자치구", "District"),
        ["level.dong"] = ("행정동", "Dong"),
        ["level.oa"] = ("집계구", "Output area"),
        ["daytype.all"] = ("전체", "All days"),
        ["daytype.weekday"] = ("평일", "Weekdays"),
        ["daytype.weekend"] = ("주말", "Weekends"),
        ["daytype.holiday"] = ("공휴일", "Holidays"),
        ["cls.quantile"] = ("분위수", "Quantile"),
        ["cls.equal"] = ("등간격", "Equal interval"),
        ["cls.manual"] = ("수동", "Manual"),
        ["metric.defacto"] = ("생활인구", "De facto"),
        ["metric.registered"] = ("주민등록인구", "Registered"),
        ["metric.ratio"] = ("생활/등록 비", "Ratio to registered"),
        ["metric.diff"] = ("생활−등록 차이", "Difference to registered"),
        ["metric.density"] = ("밀도 (명/㎢)", "Density (per km²)"),
        ["metric.long"] = ("장기체류 외국인", "Long-term foreign"),
        ["metric.short"] = ("단기체류 외국인", "Short-term foreign"),
        ["metric.short-cn"] = ("단기체류 중국인", "Short-term Chinese"),
        ["metric.uncertainty"] = ("상대 불확실성 (%)", "Relative uncertainty (%)"),
        ["interval.label"] = ("90% 구간", "90% interval"),
        ["interval.population"] = ("생활인구 90% 구간", "De facto 90% interval"),
        ["interval.none"] = ("공식 파일에는 구간이 없습니다", "Official files carry no intervals"),
        ["interval.ribbon"] = ("90% 구간", "90% interval"),
        ["interval.mean"] = ("시간별 구간의 평균", "mean of the hourly intervals"),
        ["method.intervals"] = ("90% 구간이란", "What the 90% intervals mean"),
        ["method.intervals.what"] = ("모든 추정치에는 90% 구간이 붙습니다. 같은 방법으로 여러 번 추정하면 열에 아홉 번은 실제 인구가 이 구간 안에 들어오도록 만든 범위입니다. 구간이 넓을수록 그 숫자를 덜 믿어야 합니다.",
            "Every estimate carries a 90% interval: the range that, estimated the same way many times, holds the true population nine times in ten. The wider it is, the less the figure should be trusted."),
        ["method.intervals.sources"] = ("구간의 폭은 조정하지 않고 추정에 쓴 자료에서 잽니다. ① 기지국 신호 수의 우연한 흔들림(보정 밤들 사이의 흔들림으로 잰 과분산 포함), ② 신호를 집계구로 나눌 때의 불확실성, ③ 같은 보정 밤에 집계구마다 달랐던 탐지율(대상 인구 ÷ 신호 수)의 차이, ④ 자치구별 보정 오차(보정 밤들 사이의 차이와 보정 기준 인구가 주민등록과 어긋나는 정도), ⑤ 서울 전체 수준의 오차(센서스와 통신사 공표 비율이 말하는 전체 수준이 서로 어긋나는 정도)입니다.",
            "The width is measured from the data the estimate used, not tuned: (1) chance variation of the signal counts (with the overdispersion measured across calibration nights), (2) the uncertainty of placing signals in output areas, (3) how much the detection rate (target population ÷ signals) differed between output areas on the calibration nights, (4) each district's calibration error (the spread across nights and how far the calibration target departs from the register), and (5) the error of the city's overall level (how far the census and the operator's published rates disagree on it)."),
        ["method.intervals.rollup"] = ("행정동·자치구·서울시 구간은 집계구 구간을 단순히 더하지 않습니다. 서로 무관한 오차(①–③)는 분산으로 더해 상쇄되고, 자치구 보정 오차(④)는 한 자치구 안에서는 모두 같은 방향이라 그대로 더하며, 자치구끼리는 서로 무관하게 더합니다. 서울 전체 수준의 오차(⑤)는 어디서나 같은 방향이라 그대로 더합니다. 그래서 서울시 구간은 집계구 구간의 합보다 훨씬 좁습니다. 기간 평균의 구간은 시간별 구간의 평균입니다(날마다 오차가 같다고 보아 좁히지 않음).",
            "Intervals of 행정동, 자치구 and the city are not sums of output-area bounds. Independent errors (1–3) add as variances and partly cancel; the district calibration error (4) points the same way across a district and adds in full there, while districts are independent of each other; the city-wide level error (5) points the same way everywhere and adds in full. The city interval is therefore far narrower than the summed output-area bounds. A period mean shows the mean of the hourly intervals (errors are not assumed to cancel across days)."),
        ["method.intervals.limits"] = ("구간이 담지 못하는 것: 추정기가 가정한 공표 비율(점유율, LTE 비율 등)과 보정 기준(센서스) 자체의 치우침 중 자료로 드러나지 않는 부분, 낮 시간 방문자의 탐지율이 밤 거주자와 다른 정도 가운데 집계구 간 차이로 보이지 않는 부분입니다. 성·연령 구간은 층별 오차를 서로 무관하다고 보고 더합니다.",
            "What the intervals leave out: biases of the assumed published rates (market share, LTE share …) and of the calibration target (the census) that the data cannot reveal, and any difference between daytime visitors' and night residents' detection beyond what varies between output areas. Sex and age intervals add the strata's errors as independent."),
        ["method.intervals.imputed"] = ("기지국 장애: 통신사가 알린 장애 시간에는 그 기지국 신호가 주변 기지국으로 넘어가 어느 집계구에 있었는지 흐려집니다. 장애 기지국에 일부라도 기대는 집계구는 그 비율(λ)만큼을 같은 날 가장 가까운 정상 시간에 주변 집계구 인구 가운데 차지하던 몫으로 채우고, 나머지는 정상 기지국으로 나눈 값을 그대로 씁니다. 주변 집계구는 늘어난 만큼 줄여 합계를 지킵니다. 앞뒤 시간의 몫이 다른 만큼 구간이 넓어지며, 이런 값은 ‘보정됨’으로 표시합니다.",
            "Cell outages: while a cell the operator reports as down is off air, its devices camp on the cells around it and their output area blurs. An output area that leans on a down cell for a share λ of its coverage takes, for that share, the part of its neighbourhood it held in the nearest normal hours of the same day, and keeps the allocation over the working cells for the rest; the neighbours give up as much, so the total is kept. The interval widens by how much those hours' shares differ, and such figures are marked \"Imputed\"."),
        ["imputed.label"] = ("보정됨", "Imputed"),
        ["imputed.note"] = ("보정됨: 기지국 장애 시간을 이웃 시간·기지국으로 보정", "Imputed: a cell outage, filled from neighbouring hours and cells"),
        ["imputed.hours"] = ("보정됨: {0}시 (기지국 장애 시간을 이웃 시간·기지국으로 보정)", "Imputed at {0}h (a cell outage, filled from neighbouring hours and cells)"),
        ["method.intervals.official"] = ("공식 파일(서울 열린데이터광장 등)에는 구간이 없습니다. 그런 자료는 구간 없이 보여 주며, 구간을 지어내지 않습니다.",
            "Official files (Seoul Open Data and the like) carry no intervals. Their figures are shown without one; none is invented."),
        ["col.lower"] = ("90% 하한", "90% lower"),
        ["col.upper"] = ("90% 상한", "90% upper"),
        ["map.title"] = ("생활인구 지도", "De facto population map"),
        ["map.play"] = ("재생", "Play"),
        ["map.pause"] = ("일시정지", "Pause"),
        ["map.hour.prev"] = ("한 시간 전", "Previous hour"),
        ["map.hour.next"] = ("한 시간 후", "Next hour"),
        ["map.table.link"] = ("표로 보기", "View as table"),
        ["map.zoomhint"] = ("집계구는 확대(13 이상)하거나 자치구를 고르면 보입니다.", "Output areas appear at zoom 13 or within one chosen district."),
        ["map.zones"] = ("구역", "zones"),
        ["a11y.skip"] = ("본문 바로가기", "Skip to content"),
        ["a11y.menu"] = ("메뉴 열기·닫기", "Open or close the menu"),
        ["map.export.png"] = ("지도 PNG", "Map PNG"),
        ["map.zone.search"] = ("구역 찾기 (이름 또는 코드)", "Find a zone (name or code)"),
        ["map.summary.total"] = ("합계", "total"),
        ["map.summary.top"] = ("최고", "highest"),
        ["map.summary.bottom"] = ("최저", "lowest"),
        ["map.export.gif"] = ("24시간 GIF", "24-hour GIF"),
        ["map.export.gif.hint"] = ("이 날의 0–23시 지도 애니메이션 (모든 시간을 같은 구간으로 분류)", "This day's maps from 0 to 23 h as an animation (one set of classes for all hours)"),
        ["map.export.note"] = ("자료: DefactoPop 생활인구 추정 · 공개 기준 적용(3명 이하·차분 위험 구역은 빗금)", "Source: DefactoPop de facto population estimates · disclosure control applied (hatched: 3 or fewer, or differencing risk)"),
        ["map.export.internal"] = ("내부용: 공개 기준 미적용 원 추정값 · 외부 공유 금지", "Internal: raw estimates without disclosure control · do not share"),
        ["legend.title"] = ("범례", "Legend"),
        ["legend.masked"] = ("비공개(*) 또는 하한값", "Masked (*) or lower bound"),
        ["legend.nodata"] = ("자료 없음", "No data"),
        ["panel.profile"] = ("24시간 생활인구와 주민등록인구", "24-hour profile vs registered"),
        ["panel.pyramid"] = ("성·연령 피라미드", "Age-sex pyramid"),
        ["panel.week"] = ("최근 7일 평균", "7-day pattern"),
        ["panel.close"] = ("닫기", "Close"),
        ["compare.title"] = ("주민등록인구 대비 생활인구", "Registered vs de facto"),
        ["compare.ranking"] = ("순위", "Ranking"),
        ["compare.bar"] = ("상위 구역", "Top zones"),
        ["compare.scatter"] = ("등록 대 생활 (y = x 선)", "Registered vs de facto (y = x line)"),
        ["compare.daynight"] = ("주야간 비 (14시/3시)", "Day/night ratio (14:00 / 03:00)"),
        ["col.rank"] = ("순위", "Rank"),
        ["col.code"] = ("코드", "Code"),
        ["col.name"] = ("이름", "Name"),
        ["col.registered"] = ("주민등록", "Registered"),
        ["col.defacto"] = ("생활인구", "De facto"),
        ["col.ratio"] = ("비", "Ratio"),
        ["col.diff"] = ("차이", "Difference"),
        ["col.daynight"] = ("주야간 비", "Day/night"),
        ["col.minhour"] = ("최소 시각", "Min hour"),
        ["col.maxhour"] = ("최대 시각", "Max hour"),
        ["col.amplitude"] = ("변동폭", "Amplitude"),
        ["col.relamp"] = ("상대 변동폭", "Relative amplitude"),
        ["col.value"] = ("값", "Value"),
        ["col.share"] = ("비중", "Share"),
        ["col.kind"] = ("구분", "Kind"),
        ["col.days"] = ("일수", "Days"),
        ["col.mean"] = ("평균", "Mean"),
        ["col.dropPct"] = ("평일 대비 (%)", "vs weekdays (%)"),
        ["col.metric"] = ("지표", "Metric"),
        ["col.hour"] = ("시", "Hour"),
        ["swings.title"] = ("생활인구 변동", "Population swings"),
        ["swings.citymax"] = ("서울시 최대", "City maximum"),
        ["swings.citymin"] = ("서울시 최소", "City minimum"),
        ["swings.zones"] = ("구역별 최소·최대 시각과 변동폭", "Per zone: hour of min and max, amplitude"),
        ["swings.heatmap"] = ("시간 × 날짜", "Hour × day"),
        ["swings.calendar"] = ("달력 효과", "Calendar effects"),
        ["cal.weekday"] = ("평일 (기준)", "Weekdays (baseline)"),
        ["cal.weekend"] = ("주말", "Weekends"),
        ["cal.chuseok"] = ("추석", "Chuseok"),
        ["cal.seollal"] = ("설날", "Seollal"),
        ["cal.holiday"] = ("기타 공휴일", "Other holidays"),
        ["foreign.title"] = ("외국인 생활인구", "Foreign visitors and residents"),
        ["foreign.hotspots"] = ("단기체류 중국인 밀집 지역", "Short-term Chinese hotspots"),
        ["foreign.rhythm"] = ("단기체류 외국인 시간대별 평균", "Short-term visitors by hour"),
        ["foreign.long"] = ("장기체류 외국인 집중 지역", "Where long-term foreigners concentrate"),
        ["foreign.cn-vs-other"] = ("중국인 대 기타", "Chinese vs other"),
        ["foreign.chinese"] = ("중국인", "Chinese"),
        ["foreign.other"] = ("기타", "Other"),
        ["method.title"] = ("방법", "Method"),
        ["method.pipeline"] = ("추정 과정", "How the pipeline works"),
        ["method.pipeline.text"] = ("추정기가 보는 것은 통신사가 넘겨주는 파일(기지국 셀별·시간별 신호 수, 셀 위치·방향·출력이 담긴 셀 계획, 가입자 현황과 공표 비율)과 서울시가 가진 자료(집계구 목록과 대표 위치, 건축물 용도별 면적, 주민등록인구, 상주인구 센서스)뿐입니다. 셀 계획으로 셀마다 어느 집계구를 비추는지 계산해 신호를 집계구로 배분하고, 평일 새벽 4시의 신호를 센서스 상주인구에 맞춘 보정 계수(그 날 이전의 평일 밤들만 사용)와 공표 비율을 함께 써서 시간별 생활인구로 바꿉니다. 집계구의 보정 계수는 그곳에서 밤을 보내는 사람들의 것이므로 밤 신호 수까지만 쓰고, 그보다 많은 낮 신호(출근·방문으로 들어온 사람)에는 서울 전체의 계수를 씁니다. 행정동과 자치구 값은 집계구를 합산한 것입니다.",
            "The estimator sees only the operator's files (signal counts per cell and hour, the cell plan with each sector's position, azimuth and power, the subscriber base and published rates) and the city's own data (the output areas with a point each, floor area by use, the register and a census of usual residents). It computes from the cell plan which output areas each cell serves, allocates the signals, and turns them into hourly population with factors calibrated at 04:00 on ordinary weeknights before the day against the census, combined with the published rates. An output area's factor describes the people who spend the night there, so it applies only up to its night count; signals above it (commuters and visitors who arrived) take the city's factor. Dong and district values are sums of output areas."),
        ["method.factors"] = ("보정 계수와 방법", "Correction factors and method"),
        ["method.validation"] = ("검증", "Validation"),
        ["method.validation.none"] = ("검증 결과가 아직 없습니다.", "No validation results yet."),
        ["method.disclosure"] = ("공개 규칙", "Disclosure rule"),
        ["method.disclosure.text"] = ("3명 이하인 값은 공개하지 않고 *로 표시합니다. 공개된 값을 더하고 빼서 가려진 값을 알아낼 수 없도록, 한 시간·한 구분의 집계구·행정동·자치구 표 전체를 하나로 보고 추가로 가립니다(선형계획·최대유량 공격으로 모든 가려진 값이 3명 이상의 폭을 갖는지 확인). 비공개 값은 0이 아니며, 합계에서는 하한값으로 표시(빗금)합니다.",
            "Values of 3 persons or fewer are suppressed and shown as *. So that no hidden value can be worked out by adding and subtracting published ones, each hour and class is protected as one linked table of 집계구, 행정동 and 자치구, with further cells suppressed until an exact attacker (max flow and linear programming) finds every hidden value at least 3 persons wide. A masked value is never 0; totals that contain masked parts are lower bounds and are hatched."),
        ["method.registerUnjoined"] = ("주민등록인구 중 연결되지 않은 동", "Register rows that did not join"),
        ["method.provenance"] = ("자료 출처와 최신성", "Provenance and freshness"),
        ["val.days"] = ("검증 일수", "Days validated"),
        ["val.cityMax"] = ("서울시 합계 최대 오차 (%)", "City total max error (%)"),
        ["val.wapeGu"] = ("WAPE 자치구 (%)", "WAPE district (%)"),
        ["val.wapeDong"] = ("WAPE 행정동 (%)", "WAPE dong (%)"),
        ["val.wapeOa"] = ("WAPE 집계구 (%)", "WAPE output area (%)"),
        ["val.medianApe"] = ("집계구 APE 중앙값 (%)", "Median APE output area (%)"),
        ["val.coverage"] = ("90% 구간 포함률 (%)", "90% interval coverage (%)"),
        ["val.spatial"] = ("공간 오차비 EM/보로노이", "Spatial error ratio EM/Voronoi"),
        ["val.c1"] = ("오지정 C1 오차 (%)", "Misspecified C1 error (%)"),
        ["val.c2"] = ("오지정 C2 오차 (%)", "Misspecified C2 error (%)"),
        ["val.c3"] = ("오지정 C3 오차 (%)", "Misspecified C3 error (%)"),
        ["prov.source"] = ("출처", "Source"),
        ["prov.method"] = ("방법", "Method"),
        ["prov.first"] = ("첫 시각", "First hour"),
        ["prov.last"] = ("마지막 시각", "Last hour"),
        ["prov.days"] = ("일수", "Days"),
        ["prov.hours"] = ("시간 수", "Hours"),
        ["prov.updated"] = ("갱신 시각", "Updated at"),
        ["prov.missing"] = ("누락일", "Missing days"),
        ["export.png"] = ("PNG", "PNG"),
        ["export.svg"] = ("SVG", "SVG"),
        ["export.csv"] = ("CSV", "CSV"),
        ["export.xlsx"] = ("XLSX", "XLSX"),
        ["common.loading"] = ("불러오는 중…", "Loading…"),
        ["common.people"] = ("명", "people"),
    };
}
