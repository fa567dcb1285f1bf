using RackHouse.Conduct.Data;
using RackHouse.Conduct.Domain.Common;

namespace RackHouse.Conduct.Web.Infrastructure.Email;

/// <summary>Queues an email in the same unit of work as the change that causes it; the caller's SaveChanges
/// commits both or neither.</summary>
public sealed class EmailOutbox(ConductDbContext db, TimeProvider time)
{
    public void Enqueue(string to, string subject, string body) =>
        db.OutboxMessages.Add(new OutboxMessage(to, subject, body, time.GetUtcNow().UtcDateTime));
}
