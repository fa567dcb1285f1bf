namespace RackHouse.Conduct.Domain.Requests;

/// <summary>Something an adult asks the Headteacher to decide, with its whole history. The status is the last step's;
/// every step is kept, so nothing is overwritten. <see cref="Version"/> changes with each step, so two people deciding
/// at once cannot both succeed.</summary>
public abstract class DecisionRecord<TStatus, TAction>
    where TStatus : struct, Enum
    where TAction : struct, Enum
{
    private readonly List<DecisionStep<TStatus, TAction>> steps = [];

    protected DecisionRecord()
    {
    }

    protected DecisionRecord(DecisionFlow<TStatus, TAction> flow, int adultId, DateTime atUtc, string? text)
    {
        ArgumentNullException.ThrowIfNull(flow);
        AdultId = adultId;
        Status = flow.Initial;
        SubmittedAtUtc = atUtc;
        LastChangedAtUtc = atUtc;
        steps.Add(new DecisionStep<TStatus, TAction>(flow.Ask, flow.Initial, adultId, atUtc, text, null));
    }

    public int Id { get; private set; }

    /// <summary>The adult who asked.</summary>
    public int AdultId { get; private set; }

    public TStatus Status { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    public DateTime LastChangedAtUtc { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<DecisionStep<TStatus, TAction>> Steps => steps;

    public bool IsOpen => Flow.IsOpen(Status);

    protected abstract DecisionFlow<TStatus, TAction> Flow { get; }

    /// <summary>The party a given adult acts as here: the adult who asked acts as requester even if they are also the
    /// Headteacher, so nobody decides their own request.</summary>
    public Party? PartyOf(int adultId, bool isHeadteacher) =>
        adultId == AdultId ? Party.Requester : isHeadteacher ? Party.Headteacher : null;

    public bool Can(TAction action, Party by) => Flow.Allows(Status, action, by);

    public IReadOnlyList<TAction> AvailableTo(Party by) => Flow.AvailableTo(Status, by);

    /// <summary>The latest step of this action, if any: e.g. the protocols agreed, the review date set.</summary>
    public DecisionStep<TStatus, TAction>? Last(TAction action) =>
        steps.LastOrDefault(s => EqualityComparer<TAction>.Default.Equals(s.Action, action));

    protected DecisionStep<TStatus, TAction> Take(TAction action, Party by, int byAdultId, DateTime atUtc, string? text, DateOnly? onDate = null)
    {
        if (by == Party.Requester && byAdultId != AdultId)
        {
            throw new InvalidOperationException("Only the adult who asked acts as the requester.");
        }

        if (by == Party.Headteacher && byAdultId == AdultId)
        {
            throw new InvalidOperationException("Nobody decides their own request.");
        }

        var status = Flow.Apply(Status, action, by);
        var step = new DecisionStep<TStatus, TAction>(action, status, byAdultId, atUtc, text, onDate);
        steps.Add(step);
        Status = status;
        LastChangedAtUtc = atUtc;
        Version = Guid.NewGuid();
        return step;
    }

    protected static string Required(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? throw new ArgumentException($"{what} is required.", nameof(text)) : text.Trim();
}
