namespace RackHouse.Conduct.Web.Features.PersonalData;

/// <summary>One part of what the portal holds about an adult, for their own download. Each feature that keeps records
/// about adults adds a section (registered in <see cref="FeatureServices"/>); the download lists every section in the
/// order registered. A section returns the adult's OWN records only, and never case files about them.</summary>
public interface IPersonalDataSection
{
    /// <summary>The section's name in the download, such as "Acknowledgements".</summary>
    string Title { get; }

    Task<PersonalDataTable> ReadAsync(int adultId, CancellationToken cancellationToken);
}
