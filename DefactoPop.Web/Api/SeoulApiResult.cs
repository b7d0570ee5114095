using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace DefactoPop.Web.Api;

/// <summary>Seoul Open API result codes and their messages.</summary>
public static class SeoulApiCodes
{
    public static IReadOnlyDictionary<string, string> Messages { get; } = new Dictionary<string, string>
    {
        ["INFO-000"] = "정상 처리되었습니다",
        ["INFO-100"] = "인증키가 유효하지 않습니다. 인증키가 없는 경우, 열린 데이터 광장 홈페이지에서 인증키를 신청하십시오.",
        ["INFO-200"] = "해당하는 데이터가 없습니다.",
        ["ERROR-300"] = "필수 값이 누락되어 있습니다. 요청인자를 참고 하십시오.",
        ["ERROR-310"] = "해당하는 서비스를 찾을 수 없습니다. 요청인자 중 SERVICE를 확인하십시오.",
        ["ERROR-331"] = "요청시작위치 값을 확인하십시오. 요청인자 중 START_INDEX를 확인하십시오.",
        ["ERROR-332"] = "요청종료위치 값을 확인하십시오. 요청인자 중 END_INDEX를 확인하십시오.",
        ["ERROR-333"] = "요청위치 값의 타입이 유효하지 않습니다. 요청위치 값은 정수를 입력하세요.",
        ["ERROR-334"] = "요청종료위치 보다 요청시작위치가 더 큽니다. 요청시작조회건수는 정수를 입력하세요.",
        ["ERROR-336"] = "데이터요청은 한번에 최대 1000건을 넘을 수 없습니다.",
        ["ERROR-429"] = "인증키의 호출 한도를 넘었습니다. 잠시 후 다시 요청하십시오.",
        ["ERROR-500"] = "서버 오류입니다.",
    };
}

/// <summary>Writes the envelope Seoul's clients parse: {SERVICE: {list_total_count, RESULT, row}} or a bare RESULT, in JSON or XML.</summary>
public static class SeoulApiResult
{
    public static IResult Error(bool xml, string code, int status = StatusCodes.Status200OK) =>
        Results.Text(xml ? Xml(null, 0, code, null, null) : Json(null, 0, code, null, null),
            xml ? "application/xml; charset=utf-8" : "application/json; charset=utf-8", Encoding.UTF8, status);

    public static IResult Rows(bool xml, SeoulApiService service, long total, IReadOnlyList<SeoulApiRow> rows) =>
        Results.Text(xml ? Xml(service.Name, total, "INFO-000", service, rows) : Json(service.Name, total, "INFO-000", service, rows),
            xml ? "application/xml; charset=utf-8" : "application/json; charset=utf-8", Encoding.UTF8);

    private static string Json(string? name, long total, string code, SeoulApiService? service, IReadOnlyList<SeoulApiRow>? rows)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            if (name is not null)
            {
                w.WriteStartObject(name);
                w.WriteNumber("list_total_count", total);
            }
            w.WriteStartObject("RESULT");
            w.WriteString("CODE", code);
            w.WriteString("MESSAGE", SeoulApiCodes.Messages[code]);
            w.WriteEndObject();
            if (name is not null)
            {
                w.WriteStartArray("row");
                foreach (var row in rows!)
                {
                    w.WriteStartObject();
                    foreach (var (field, value) in Fields(service!, row))
                    {
                        if (value is double d && !double.IsNaN(d))
                            w.WriteNumber(field, Math.Round(d, 4));
                        else
                            w.WriteString(field, value is double ? "*" : (string)value);
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Xml(string? name, long total, string code, SeoulApiService? service, IReadOnlyList<SeoulApiRow>? rows)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
        {
            w.WriteStartDocument();
            w.WriteStartElement(name ?? "RESULT");
            if (name is not null)
            {
                w.WriteElementString("list_total_count", total.ToString(CultureInfo.InvariantCulture));
                w.WriteStartElement("RESULT");
            }
            w.WriteElementString("CODE", code);
            w.WriteElementString("MESSAGE", SeoulApiCodes.Messages[code]);
            if (name is not null)
            {
                w.WriteEndElement();
                foreach (var row in rows!)
                {
                    w.WriteStartElement("row");
                    foreach (var (field, value) in Fields(service!, row))
                    {
                        w.WriteElementString(field, value is double d
                            ? double.IsNaN(d) ? "*" : Math.Round(d, 4).ToString("0.####", CultureInfo.InvariantCulture)
                            : (string)value);
                    }
                    w.WriteEndElement();
                }
            }
            w.WriteEndElement();
        }
        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"", StringComparison.Ordinal);
    }

    private static IEnumerable<(string Field, object Value)> Fields(SeoulApiService service, SeoulApiRow row)
    {
        yield return (SeoulApiService.Date, row.Date);
        if (row.Hour is not null)
            yield return (SeoulApiService.Hour, row.Hour);
        yield return (service.Daily ? "SIGNGU_CODE_SE" : SeoulApiService.Zone, row.Zone);
        for (var i = 0; i < service.Fields.Count; i++)
            yield return (service.Fields[i], row.Values[i]);
    }
}
