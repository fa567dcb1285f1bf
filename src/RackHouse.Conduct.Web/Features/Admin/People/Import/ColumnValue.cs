namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>A value from a column that may not be in the file at all; <c>default</c> means not in the file.</summary>
public readonly record struct ColumnValue<T>(bool InFile, T Value)
{
    public T Or(T existing) => InFile ? Value : existing;
}
