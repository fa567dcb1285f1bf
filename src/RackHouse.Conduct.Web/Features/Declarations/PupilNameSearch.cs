using RackHouse.Conduct.Domain.Pupils;

namespace RackHouse.Conduct.Web.Features.Declarations;

/// <summary>Finds pupils by the words of a name in any case and order ("smith amelia" finds Amelia Smith), in the
/// database, the same way on SQLite, SQL Server and PostgreSQL.</summary>
public static class PupilNameSearch
{
    public static IQueryable<Pupil> Matching(this IQueryable<Pupil> pupils, string? name)
    {
        var words = (name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToLowerInvariant())
            .Take(4)
            .ToList();
        foreach (var word in words)
        {
            pupils = pupils.Where(p => p.FullName.ToLower().Contains(word));
        }

        return pupils;
    }
}
