namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>One record of a CSV file and the line of the file it starts on (the header is line 1).</summary>
public sealed record CsvLine(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>The field in a column, or empty when the column is not in the file or the row is short.</summary>
    public string this[int column] => column >= 0 && column < Fields.Count ? Fields[column] : string.Empty;
}
