using RackHouse.Conduct.Domain.Common;
using RackHouse.Conduct.Domain.Compliance;
using RackHouse.Conduct.Domain.Policies;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.UnitTests.Compliance;

/// <summary>A reader of the acknowledgement table (<see cref="FigureReader"/>) who knows that each category's adults
/// are its acknowledged, not yet due, new starters and overdue, and reads every rate shown: a percentage (rounded
/// down), "all but fewer than 5", "fewer than 5 due" or "none due". Whatever the school, each hidden count must keep
/// another possible value.</summary>
public sealed class AcknowledgementFiguresDisclosureTests
{
    private const int Largest = 45;

    private static readonly AdultCategory[] Categories = [AdultCategory.TeachingStaff, AdultCategory.Volunteer, AdultCategory.Governor];

    private static readonly AcknowledgementStatus[] Standings =
        [AcknowledgementStatus.Acknowledged, AcknowledgementStatus.Outstanding, AcknowledgementStatus.NewStarterDue, AcknowledgementStatus.Overdue];

    [Fact]
    public void RandomSchools_EveryHiddenCount_HasAnotherPossibleValue()
    {
        var random = new Random(20261207);
        for (var run = 0; run < 150; run++)
        {
            var standings = Categories
                .SelectMany(category => Standings.SelectMany(status => Enumerable.Repeat((category, status), random.Next(3) == 0 ? 0 : random.Next(1, 9))))
                .ToList();
            var figures = AcknowledgementFigures.From(standings);
            var reader = ReaderOf(figures);

            foreach (var cell in reader.Hidden)
            {
                Assert.True(reader.HasAnotherValue(cell), $"Run {run}: {reader.Describe(cell)} can only be {reader.Actual[cell]}.");
            }
        }
    }

    [Fact]
    public void Reader_ARateBesideTheCountsOfItsCategory_WouldWorkOutAHiddenCount()
    {
        // The reader is able: 30 adults of whom 3 acknowledged, with the rate of 10% read as if it were shown.
        var figures = AcknowledgementFigures.From([.. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Acknowledged), 3), .. Enumerable.Repeat((AdultCategory.TeachingStaff, AcknowledgementStatus.Outstanding), 27)]);
        var reader = ReaderOf(figures, rates: [new Rate(3, 30)]);

        Assert.Contains(reader.Hidden, cell => !reader.HasAnotherValue(cell));
    }

    /// <param name="rates">The rates to read in place of the figures' own (for proving the reader able).</param>
    private static FigureReader ReaderOf(AcknowledgementFigures figures, Rate[]? rates = null)
    {
        var reader = new FigureReader(Largest);
        var columns = new[] { figures.Expected, figures.Acknowledged, figures.NotYetDue, figures.NewStartersPending, figures.Overdue };
        var all = Enum.GetValues<AdultCategory>();
        var cells = columns.Select(column => Categories.Select(category => reader.Add(column.Rows[Array.IndexOf(all, category)].Label + " " + column.Title, column.Rows[Array.IndexOf(all, category)].Figure)).ToList()).ToList();
        for (var c = 0; c < Categories.Length; c++)
        {
            reader.Tie([(cells[0][c], 1), .. cells.Skip(1).Select(column => (column[c], -1))]);
            var (adults, acknowledged) = (cells[0][c], cells[1][c]);
            Read(reader, rates?[0] ?? figures.RateByCategory[Array.IndexOf(all, Categories[c])], values => (values[acknowledged], values[adults]));
        }

        if (rates is null)
        {
            Read(reader, figures.Overall, values => (cells[1].Sum(cell => values[cell]), cells[0].Sum(cell => values[cell])));
        }

        return reader;
    }

    /// <summary>What a rate, as shown, tells of the counts it is made of.</summary>
    private static void Read(FigureReader reader, Rate rate, Func<int[], (int Done, int OutOf)> counts)
    {
        var shown = rate.ToString();
        reader.Check(values =>
        {
            var (done, outOf) = counts(values);
            return shown switch
            {
                "not shown" => true,
                "none due" => outOf == 0,
                "fewer than 5 due" => SmallNumber.IsSuppressed(outOf),
                "all but fewer than 5" => outOf >= SmallNumber.Threshold && SmallNumber.IsSuppressed(outOf - done),
                _ => outOf > 0 && (done * 100 / outOf).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%" == shown,
            };
        });
    }
}
