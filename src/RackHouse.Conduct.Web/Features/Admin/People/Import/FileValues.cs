namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>Reading one field of a row into a value, for both kinds of file.</summary>
public static class FileValues
{
    private static readonly string[] Yes = ["yes", "y", "true", "1"];
    private static readonly string[] No = ["no", "n", "false", "0"];

    /// <summary>The name from a full-name column, or from first name and surname columns.</summary>
    public static string Name(CsvLine row, int fullName, int firstName, int lastName)
    {
        ArgumentNullException.ThrowIfNull(row);
        return fullName >= 0 && row[fullName].Length > 0
            ? row[fullName]
            : string.Join(' ', new[] { row[firstName], row[lastName] }.Where(part => part.Length > 0));
    }

    public static bool? YesNo(string text) =>
        Yes.Contains(text, StringComparer.OrdinalIgnoreCase) ? true
        : No.Contains(text, StringComparer.OrdinalIgnoreCase) ? false
        : null;

    /// <summary>Reads a date, blank meaning none. False when the text is not a date.</summary>
    public static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (!UkDateText.TryParse(text, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
