namespace DefactoPop.Web.Localisation;

public sealed partial class UiText
{
    /// <summary>Both languages of a key, Korean first (pages served outside a circuit show both: the error page).</summary>
    public static (string Ko, string En) Both(string key) => s_texts.TryGetValue(key, out var t) ? t : (key, key);

    /// <summary>The strings of the error page and of Blazor's circuit error bar.</summary>
    private static Dictionary<string, (string Ko, string En)> OperationsTexts() => new()
    {
        ["error.title"] = ("문제가 발생했습니다", "Something went wrong"),
        ["error.body"] = ("요청을 처리하는 중에 오류가 났습니다. 잠시 후 다시 시도해 주세요.", "The request could not be completed. Please try again in a moment."),
        ["error.quote"] = ("문의 시 이 번호를 알려 주세요:", "If you contact us, please quote this number:"),
        ["error.home"] = ("처음 화면으로", "Back to the dashboard"),
        ["error.circuit"] = ("문제가 발생했습니다. 페이지를 새로 고쳐 주세요.", "Something went wrong. Please reload the page."),
        ["error.reload"] = ("새로 고침", "Reload"),
    };
}
