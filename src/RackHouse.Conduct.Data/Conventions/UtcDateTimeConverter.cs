using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RackHouse.Conduct.Data.Conventions;

/// <summary>Every DateTime in the model is UTC; this keeps the kind when read back (SQLite and SQL Server forget it,
/// and Npgsql refuses anything else for timestamp with time zone).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
