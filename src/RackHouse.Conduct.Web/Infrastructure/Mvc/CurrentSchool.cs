using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>The school's settings for the current request, read once.</summary>
public sealed class CurrentSchool(ConductDbContext db, ILogger<CurrentSchool> logger)
{
    private SchoolSettings? settings;

    public async Task<SchoolSettings> GetAsync()
    {
        if (settings is null)
        {
            try
            {
                settings = await db.SchoolSettings.AsNoTracking().SingleOrDefaultAsync() ?? new SchoolSettings();
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
            {
                // The layout of an error page must still render when the database is what failed.
                logger.LogWarning(exception, "School settings could not be read; showing defaults");
                settings = new SchoolSettings();
            }
        }

        return settings;
    }
}
