namespace RackHouse.Conduct.Domain.Concerns;

public enum ReferralType
{
    Lado,
    Police,
    ChildrensSocialCare,
    PreventChannel,
    Dbs,
    TeachingRegulationAgency,
    AgencyOrEmployer,
}
