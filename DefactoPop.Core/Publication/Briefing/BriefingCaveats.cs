namespace DefactoPop.Core.Publication.Briefing;

/// <summary>What a briefing must say about its numbers: where they come from, how they were made, what is hidden.</summary>
/// <param name="Synthetic">The synthetic city rather than real files.</param>
/// <param name="Method">The estimation method, e.g. "EM allocation + C3 Beta-negative-binomial expansion"; null for official files.</param>
/// <param name="PublicView">The release's disclosure control applies (false: the internal mode, raw estimates).</param>
/// <param name="HasIntervals">The figures carry 90 % intervals.</param>
public sealed record BriefingFacts(bool Synthetic, string? Method, bool PublicView, bool HasIntervals);

/// <summary>The □ 유의사항 lines of a deck, in 개조식.</summary>
public static class BriefingCaveats
{
    public static IReadOnlyList<string> For(BriefingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var lines = new List<string>
        {
            KoreanWording.Bullet(2, facts.Synthetic
                ? "합성 서울(2017년 4분기) 자료로, 실제 인구가 아닌 시연·검증용 수치임"
                : "서울 열린데이터광장 생활인구 공개 자료 기준임"),
        };
        if (facts.Method is { } method)
            lines.Add(KoreanWording.Bullet(2, $"추정 방법: {method} (이동통신 신호 기반 추정치로 오차가 있음)"));
        lines.Add(KoreanWording.Bullet(2, facts.HasIntervals
            ? "추정치의 90% 구간을 함께 표기함"
            : "공개 자료에는 오차 구간이 없어 구간을 표기하지 않음"));
        lines.Add(facts.PublicView
            ? KoreanWording.Bullet(2, "공개 기준 적용: 3명 이하이거나 차분으로 알아낼 수 있는 값은 *로 가림")
            : KoreanWording.Bullet(2, "내부용: 공개 기준(3명 이하 가림)을 적용하지 않은 원자료로 외부 배포 불가"));
        return lines;
    }
}
