namespace RackHouse.Conduct.Web.Features.Admin.FamilyLinks;

public sealed class RecordDiscussionForm
{
    public int? MeetingDay { get; set; }

    public int? MeetingMonth { get; set; }

    public int? MeetingYear { get; set; }

    public string? Notes { get; set; }

    public DateOnly? MeetingDate => DateParts.ToDate(MeetingDay, MeetingMonth, MeetingYear);
}
