using Microsoft.EntityFrameworkCore;
using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Declarations;
using RackHouse.Conduct.Domain.Requests;

namespace RackHouse.Conduct.Web.Infrastructure.Demo;

/// <summary>Family link declarations, official site proposals and permission requests of the demo school, in each
/// status, by adults who have no account (so the demo accounts start with none of their own), decided by the demo
/// Headteacher. One pupil has left, so one open link is flagged for review.</summary>
public static class DemoFamilyLinks
{
    public static async Task AddAsync(ConductDbContext db, string headteacherEmail, DateTime nowUtc, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        var head = await db.Adults.Where(a => a.Email == headteacherEmail).Select(a => a.Id).SingleAsync();
        var accounts = db.Users.Select(u => u.AdultId);
        var adults = await db.Adults.Where(a => !accounts.Contains(a.Id) && a.EndDate == null).OrderBy(a => a.Id).Select(a => a.Id).Take(8).ToListAsync();
        var pupils = await db.Pupils.OrderBy(p => p.Id).Take(6).ToListAsync();
        DateTime Ago(int days) => nowUtc.AddDays(-days);

        var submitted = new FamilyLinkDeclaration(adults[0], pupils[0].Id, null, FamilyRelationship.Parent, true, "Facebook, WhatsApp", "My daughter is in Reception.", Ago(2));
        var discussed = new FamilyLinkDeclaration(adults[1], pupils[1].Id, null, FamilyRelationship.Grandparent, true, "Facebook", null, Ago(20));
        discussed.RecordDiscussion(head, Ago(15), today.AddDays(-15), "Met after school. Contact is family news only; we will agree protocols at the next meeting.");
        var acknowledged = new FamilyLinkDeclaration(adults[2], pupils[2].Id, null, FamilyRelationship.AuntOrUncle, true, "Instagram", "My nephew.", Ago(60));
        acknowledged.RecordDiscussion(head, Ago(55), today.AddDays(-55), "Discussed the policy's family exception.");
        acknowledged.Acknowledge(head, Ago(54), "No contact about school matters on social media.\nNo photographs of other pupils or of the school.");
        var declined = new FamilyLinkDeclaration(adults[3], pupils[3].Id, null, FamilyRelationship.Other, true, "Facebook", "A close family friend.", Ago(40));
        declined.Decline(head, Ago(38), "A family friend is not a family member under the policy: please end social media contact with the pupil.");
        var typed = new FamilyLinkDeclaration(adults[4], null, "Jayden Okoro-Smith", FamilyRelationship.Cousin, false, null, "He starts in Year 2 after half term.", Ago(5));
        var leaver = new FamilyLinkDeclaration(adults[5], pupils[5].Id, null, FamilyRelationship.Sibling, true, "Snapchat", null, Ago(300));
        leaver.RecordDiscussion(head, Ago(295), today.AddDays(-295), "Older brother, a teaching assistant here.");
        leaver.Acknowledge(head, Ago(294), "Contact as family only; no school matters.");
        pupils[5].MarkAsLeft(today.AddDays(-10));
        db.FamilyLinkDeclarations.AddRange(submitted, discussed, acknowledged, declined, typed, leaver);

        var proposed = new OfficialSiteRequest(adults[6], "YouTube", "Rack House Music", "Share recordings of the choir's concerts with families who cannot attend.", "Parents and carers", "Music lead and the school office", Ago(3));
        var approved = new OfficialSiteRequest(adults[7], "Instagram", "@rackhouse.pe", "Share match results and celebrate sport.", "Parents and carers", "PE lead and the Headteacher", Ago(200));
        approved.Approve(head, Ago(190), "A strong reason: sport is a school priority. No pupils' names with photographs.", today.AddMonths(6));
        var closed = new OfficialSiteRequest(adults[6], "Facebook", "Rack House Summer Fair 2025", "Publicise the summer fair.", "The public", "PTA chair and the school office", Ago(500));
        closed.Approve(head, Ago(495), "For the fair only.", today.AddDays(-300));
        closed.Close(head, Ago(300), "The fair is over.");
        db.OfficialSiteRequests.AddRange(proposed, approved, closed);

        var asked = new PermissionRequest(adults[0], "Message a parent about their child's reading", "A pupil's father", "He works away and only uses WhatsApp", "This half term", Ago(1));
        var granted = new PermissionRequest(adults[2], "Reply to a parent on the class Facebook page", "The parents of the class", "To answer questions about the residential trip", "Until the trip on 20/03/2027", Ago(30));
        granted.Grant(head, Ago(28), "Only from the school's class account, never a personal one; copy the office in.");
        var refused = new PermissionRequest(adults[1], "Accept a friend request from a parent", "A pupil's mother", "We met at a school event", "Always", Ago(45));
        refused.Refuse(head, Ago(44), "Keep contact with parents to the school's own channels.");
        db.PermissionRequests.AddRange(asked, granted, refused);
        await db.SaveChangesAsync();
    }
}
