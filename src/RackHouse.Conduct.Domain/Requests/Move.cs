namespace RackHouse.Conduct.Domain.Requests;

/// <summary>One step a flow allows: <paramref name="Action"/> by <paramref name="By"/> from any of
/// <paramref name="From"/>, leading to <paramref name="To"/> (null: the status stays as it was).</summary>
public sealed record Move<TStatus, TAction>(TAction Action, Party By, IReadOnlyList<TStatus> From, TStatus? To)
    where TStatus : struct, Enum
    where TAction : struct, Enum;
