using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Import;

/// <summary>Interns zone codes read as bytes: each distinct code becomes one string and a small integer id.</summary>
internal sealed class ZoneCodeCache
{
    private readonly Dictionary<ulong, int> _ids = [];
    private readonly List<string> _codes = [];

    public string this[int id] => _codes[id];

    /// <summary>The id of a code of the given level, or -1 when the bytes do not have that level's shape.</summary>
    public int Lookup(ReadOnlySpan<byte> s, ZoneLevel level)
    {
        var expected = level switch
        {
            ZoneLevel.Gu => 5,
            ZoneLevel.Dong => 8,
            ZoneLevel.Oa => 13,
            _ => 2,
        };
        if (s.Length != expected || s[0] != '1' || s[1] != '1')
            return -1;
        var v = CellParser.Digits(s);
        if (v < 0)
            return -1;
        var key = ((ulong)v << 5) | (uint)s.Length;
        if (_ids.TryGetValue(key, out var id))
            return id;
        id = _codes.Count;
        _codes.Add(string.Create(s.Length, s.ToArray(), static (span, bytes) =>
        {
            for (var i = 0; i < bytes.Length; i++)
                span[i] = (char)bytes[i];
        }));
        _ids.Add(key, id);
        return id;
    }
}
