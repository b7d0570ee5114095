using System.Globalization;
using System.Text.Json;
using DefactoPop.Core.Reference;

namespace DefactoPop.Core.Abstractions;

/// <summary>A key of the store's metadata. <see cref="Name"/> is what the store keeps; only <see cref="MetaKeys"/> makes keys.</summary>
public abstract class MetaKey
{
    private protected MetaKey(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;
}

/// <summary>A metadata key whose value is a <typeparamref name="T"/>, stored as text.</summary>
public sealed class MetaKey<T> : MetaKey
{
    private readonly Func<T, string> _encode;
    private readonly Func<string, T?> _decode;

    internal MetaKey(string name, Func<T, string> encode, Func<string, T?> decode) : base(name) => (_encode, _decode) = (encode, decode);

    public string Encode(T value) => _encode(value);

    /// <summary>The value, or default when the text is absent or unreadable.</summary>
    public T? Decode(string? text) => text is null ? default : _decode(text);
}

/// <summary>Every metadata key the store knows, with the type of its value.</summary>
public static class MetaKeys
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Where the figures come from: "synthetic", "imported" or "synthetic+imported".</summary>
    public static readonly MetaKey<string> Source = Text("source");

    /// <summary>How the figures were made (free text or a JSON object of model factors).</summary>
    public static readonly MetaKey<string> Method = Text("method");

    /// <summary>When figures were last written.</summary>
    public static readonly MetaKey<DateTimeOffset?> UpdatedAt = new("updatedAt",
        v => v?.ToString("O", CultureInfo.InvariantCulture) ?? "",
        s => DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null);

    /// <summary>The JSON report of the last validate run (the README's validate contract).</summary>
    public static readonly MetaKey<string> Validation = Text("validation");

    /// <summary>The JSON description of the simulated scenario (name, seed, period); absent on a store of imported files.</summary>
    public static readonly MetaKey<string> Scenario = Text("scenario");

    /// <summary>Days done of the simulation, "done/total".</summary>
    public static readonly MetaKey<string> SimulationProgress = Text("simulationProgress");

    /// <summary>The register rows of the last register file that did not join the zone catalogue.</summary>
    public static readonly MetaKey<RegisterUnjoined> RegisterUnjoined = Json<RegisterUnjoined>("registerUnjoined");

    /// <summary>Keys of the open-data API: names and SHA-256 hashes only (a key is shown once, when issued).</summary>
    public static readonly MetaKey<ApiKeyList> ApiKeys = Json<ApiKeyList>("apiKeys");

    private static MetaKey<string> Text(string name) => new(name, v => v, s => s);

    private static MetaKey<T> Json<T>(string name) where T : class => new(name, v => JsonSerializer.Serialize(v, s_json), s =>
    {
        try
        {
            return JsonSerializer.Deserialize<T>(s, s_json);
        }
        catch (JsonException)
        {
            return null;
        }
    });
}

/// <summary>An issued API key: who it is for, the SHA-256 of the key, and when it was issued.</summary>
public sealed record ApiKeyEntry(string Name, string Sha256, DateTimeOffset IssuedAt);

public sealed record ApiKeyList(IReadOnlyList<ApiKeyEntry> Keys);
