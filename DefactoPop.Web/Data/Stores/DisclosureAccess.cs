namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Who is reading, for <see cref="DisclosureView"/>: whether the current request or circuit activity may see raw
/// figures (an analyst or an admin). Set by the web host for each request and each inbound activity of a circuit, and
/// flows with the async calls below it; unset outside those (background work, verbs).
/// </summary>
public static class DisclosureAccess
{
    private static readonly AsyncLocal<bool?> s_raw = new();

    /// <summary>True or false inside a request or circuit activity; null where nobody set it.</summary>
    public static bool? RawAllowed => s_raw.Value;

    /// <summary>Sets the current reader's right for the rest of this async flow.</summary>
    public static void Set(bool rawAllowed) => s_raw.Value = rawAllowed;
}
