using System.Text;

namespace DefactoPop.Core.Reference;

/// <summary>Name keys for joining files that identify zones by name only.</summary>
public static class ZoneNames
{
    /// <summary>
    /// A comparison key: whitespace removed, the middle-dot family (·, ㆍ, ・, ‧, ∙, •) and ',' folded to '.', NFC.
    /// "종로5·6가동" and "종로5.6가동" get the same key.
    /// </summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
                continue;
            sb.Append(c switch
            {
                '·' or 'ㆍ' or '・' or '‧' or '∙' or '•' or '．' or ',' => '.',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>The key of a (district, dong) pair.</summary>
    public static string Key(string guName, string dongName) => Key(guName) + "|" + Key(dongName);
}
