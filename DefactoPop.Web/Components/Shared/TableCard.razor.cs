using System.Globalization;
using DefactoPop.Web.Interop;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DefactoPop.Web.Components.Shared;

/// <summary>A table (the first rows) with CSV and XLSX export of all rows.</summary>
public sealed partial class TableCard : IAsyncDisposable
{
    private DownloadInterop? _download;
    private ElementReference _region;

    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required UiText T { get; init; }

    [Parameter, EditorRequired] public required string Id { get; set; }
    [Parameter, EditorRequired] public required string Title { get; set; }
    [Parameter] public ExportTable? Table { get; set; }
    [Parameter] public int MaxRows { get; set; } = 25;

    /// <summary>Moves the keyboard focus to the table (its scroll region), once it is there.</summary>
    public ValueTask FocusAsync() => Table is null ? ValueTask.CompletedTask : _region.FocusAsync();

    private static bool IsNumeric(ExportTable table, int column) =>
        table.Rows.Count > 0 && column < table.Rows[0].Length && table.Rows[0][column] is double or int;

    private string Cell(object? value) => value switch
    {
        null => "–",
        double d => T.Number(d, compact: false),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private async Task ExportAsync(string format)
    {
        if (Table is null)
            return;
        _download ??= new DownloadInterop(JS);
        var bytes = format == "csv" ? TableExport.ToCsv(Table) : TableExport.ToXlsx(Table);
        var type = format == "csv" ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        await _download.SaveAsync($"{Table.Name}.{format}", type, bytes);
    }

    public async ValueTask DisposeAsync()
    {
        if (_download is not null)
            await _download.DisposeAsync();
    }
}
