namespace DefactoPop.Core.Publication.Briefing;

/// <summary>
/// The fixed parts every deck shares, as XML (the research note briefing.md §2.2): a minimal slide master, one blank
/// layout and a theme whose major and minor fonts are 맑은 고딕 (latin, ea and the Hang script). Relationship ids are
/// fixed here and used by <see cref="PptxDeckWriter"/> when it adds the parts.
/// </summary>
internal static class PptxScaffold
{
    /// <summary>Font of every run, bullet and theme slot.</summary>
    public const string Font = "맑은 고딕";

    /// <summary>Id of the master in the presentation's list (the first allowed value).</summary>
    public const uint MasterId = 2147483648;

    /// <summary>Id of the blank layout in the master's list (unique among master and layout ids).</summary>
    public const uint LayoutId = 2147483649;

    /// <summary>Relationship id of the layout from the master.</summary>
    public const string LayoutRelId = "rId1";

    /// <summary>Relationship id of the theme from the master.</summary>
    public const string ThemeRelId = "rId2";

    private const string Ns =
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

    private const string EmptyTree =
        "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>" +
        "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr></p:spTree>";

    public static string MasterXml { get; } =
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:sldMaster {Ns}>" +
        "<p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>" + EmptyTree + "</p:cSld>" +
        "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" " +
        "accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>" +
        $"<p:sldLayoutIdLst><p:sldLayoutId id=\"{LayoutId}\" r:id=\"{LayoutRelId}\"/></p:sldLayoutIdLst>" +
        "<p:txStyles>" + TextStyle("titleStyle", 2800) + TextStyle("bodyStyle", 1800) + TextStyle("otherStyle", 1800) + "</p:txStyles>" +
        "</p:sldMaster>";

    public static string LayoutXml { get; } =
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:sldLayout {Ns} type=\"blank\" preserve=\"1\">" +
        "<p:cSld name=\"Blank\">" + EmptyTree + "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>";

    public static string ThemeXml { get; } =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"DefactoPop\"><a:themeElements>" +
        "<a:clrScheme name=\"DefactoPop\">" +
        "<a:dk1><a:srgbClr val=\"000000\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>" +
        "<a:dk2><a:srgbClr val=\"1F3A5F\"/></a:dk2><a:lt2><a:srgbClr val=\"EEF1F5\"/></a:lt2>" +
        "<a:accent1><a:srgbClr val=\"1F5FAD\"/></a:accent1><a:accent2><a:srgbClr val=\"E0592A\"/></a:accent2>" +
        "<a:accent3><a:srgbClr val=\"7F7F7F\"/></a:accent3><a:accent4><a:srgbClr val=\"F2B705\"/></a:accent4>" +
        "<a:accent5><a:srgbClr val=\"2E9E6A\"/></a:accent5><a:accent6><a:srgbClr val=\"8E44AD\"/></a:accent6>" +
        "<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink>" +
        "</a:clrScheme>" +
        "<a:fontScheme name=\"DefactoPop\">" + ThemeFont("majorFont") + ThemeFont("minorFont") + "</a:fontScheme>" +
        "<a:fmtScheme name=\"DefactoPop\">" +
        "<a:fillStyleLst>" + Repeat3(SolidPh) + "</a:fillStyleLst>" +
        "<a:lnStyleLst>" + Repeat3("<a:ln w=\"6350\">" + SolidPh + "</a:ln>") + "</a:lnStyleLst>" +
        "<a:effectStyleLst>" + Repeat3("<a:effectStyle><a:effectLst/></a:effectStyle>") + "</a:effectStyleLst>" +
        "<a:bgFillStyleLst>" + Repeat3(SolidPh) + "</a:bgFillStyleLst>" +
        "</a:fmtScheme></a:themeElements></a:theme>";

    private const string SolidPh = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";

    private static string Repeat3(string xml) => xml + xml + xml;

    private static string ThemeFont(string slot) =>
        $"<a:{slot}><a:latin typeface=\"{Font}\"/><a:ea typeface=\"{Font}\"/><a:cs typeface=\"\"/>" +
        $"<a:font script=\"Hang\" typeface=\"{Font}\"/></a:{slot}>";

    private static string TextStyle(string name, int size) =>
        $"<p:{name}><a:lvl1pPr><a:defRPr lang=\"ko-KR\" altLang=\"en-US\" sz=\"{size}\">" +
        "<a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/>" +
        $"</a:defRPr></a:lvl1pPr></p:{name}>";
}
