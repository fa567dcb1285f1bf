namespace RackHouse.Conduct.Domain.Compliance;

/// <summary>The three terms governors report on. Term dates differ between schools and Easter moves, so the
/// portal uses fixed boundaries: autumn to 31 December, spring to 31 March, summer to the end of the year.</summary>
public enum SchoolTerm
{
    Autumn,
    Spring,
    Summer,
}
