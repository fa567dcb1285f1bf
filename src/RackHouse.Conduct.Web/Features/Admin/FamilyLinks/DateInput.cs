namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

/// <summary>A GOV.UK date input whose fields are named <see cref="Prefix"/> + Day, Month and Year.</summary>
public sealed record DateInput(string Prefix, string Legend, string Example, int? Day, int? Month, int? Year);
