namespace DefactoPop.Core.Publication.Briefing;

/// <summary>A line of a slide's body at a level of the □ ○ - · hierarchy (1–4); the text carries no bullet sign.</summary>
public sealed record BriefingLine(int Level, string Text);

/// <summary>A picture on a slide: PNG bytes and the alt text that describes it.</summary>
public sealed record BriefingImage(byte[] Png, string AltText, int WidthPx, int HeightPx);

/// <summary>
/// One slide: a headline that states the finding, 개조식 lines, an optional picture, and the footnote every slide
/// carries (source, method, data date, permalink).
/// </summary>
public sealed record BriefingSlide(string Title, IReadOnlyList<BriefingLine> Lines)
{
    public BriefingImage? Image { get; init; }

    /// <summary>The ※ line at the foot: 자료, 방법, 기준일.</summary>
    public string Footnote { get; init; } = "";

    /// <summary>Link of the view the slide was built from (also written as a hyperlink on the footnote).</summary>
    public string? Permalink { get; init; }
}

/// <summary>A deck: its title, the date stamp ("2017. 12. 20.(수) 14:00 기준") and the slides in order.</summary>
public sealed record BriefingDeck(string Title, string Stamp, IReadOnlyList<BriefingSlide> Slides)
{
    /// <summary>True when the deck shows raw estimates (internal mode): every slide then says so.</summary>
    public bool Internal { get; init; }

    /// <summary>The period the deck covers.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
