namespace RackHouse.Conduct.Domain.Requests;

/// <summary>The shape shared by family link declarations, official site requests and permission requests: an adult
/// asks (the first action, which sets the first status), then each later action is allowed only from some statuses
/// and only to one party. Anything the table does not list is refused.</summary>
public sealed class DecisionFlow<TStatus, TAction>
    where TStatus : struct, Enum
    where TAction : struct, Enum
{
    private readonly IReadOnlyList<Move<TStatus, TAction>> moves;

    public DecisionFlow(TAction ask, TStatus initial, IReadOnlyList<TStatus> open, params Move<TStatus, TAction>[] moves)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(moves);
        Ask = ask;
        Initial = initial;
        Open = open;
        this.moves = moves;
        if (moves.Select(m => (m.Action, m.By)).Distinct().Count() != moves.Length)
        {
            throw new ArgumentException("Each action is listed once per party.", nameof(moves));
        }
    }

    /// <summary>The action that creates a request.</summary>
    public TAction Ask { get; }

    public TStatus Initial { get; }

    /// <summary>Statuses in which the request still stands (not decided against, ended or closed).</summary>
    public IReadOnlyList<TStatus> Open { get; }

    public bool IsOpen(TStatus status) => Open.Contains(status);

    /// <summary>The move for this action by this party from this status, or null when it is not allowed.</summary>
    public Move<TStatus, TAction>? Find(TStatus from, TAction action, Party by) =>
        moves.SingleOrDefault(m => EqualityComparer<TAction>.Default.Equals(m.Action, action) && m.By == by && m.From.Contains(from));

    public bool Allows(TStatus from, TAction action, Party by) => Find(from, action, by) is not null;

    /// <summary>The actions a party may take now, in the order the flow lists them.</summary>
    public IReadOnlyList<TAction> AvailableTo(TStatus from, Party by) =>
        moves.Where(m => m.By == by && m.From.Contains(from)).Select(m => m.Action).ToList();

    /// <summary>The status after the action, or an exception naming what was refused.</summary>
    public TStatus Apply(TStatus from, TAction action, Party by)
    {
        var move = Find(from, action, by)
            ?? throw new InvalidOperationException($"{by} cannot {action} when the status is {from}.");
        return move.To ?? from;
    }
}
