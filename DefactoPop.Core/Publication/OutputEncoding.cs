namespace DefactoPop.Core.Publication;

/// <summary>Text encoding of a written file.</summary>
public enum OutputEncoding
{
    /// <summary>cp949 (EUC-KR superset), as the official files.</summary>
    Cp949 = 0,
    Utf8 = 1,
}
