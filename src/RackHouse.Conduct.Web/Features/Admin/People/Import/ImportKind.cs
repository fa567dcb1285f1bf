namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

public enum ImportKind
{
    Adults,
    Pupils,
}
