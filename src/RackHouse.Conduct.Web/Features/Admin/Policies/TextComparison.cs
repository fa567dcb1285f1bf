using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace RackHouse.Conduct.Web.Features.Admin.Policies;

/// <summary>A word-by-word comparison of two versions of a policy's text, for the Headteacher to check before
/// publishing and for anyone reviewing what changed.</summary>
public static class TextComparison
{
    public static IReadOnlyList<ComparisonPiece> Compare(string previous, string next)
    {
        var model = InlineDiffBuilder.Instance.BuildDiffModel(previous, next, ignoreWhitespace: false, ignoreCase: false, new WordChunker());
        var pieces = new List<ComparisonPiece>();
        foreach (var line in model.Lines)
        {
            var change = line.Type switch
            {
                ChangeType.Inserted => ComparisonChange.Added,
                ChangeType.Deleted => ComparisonChange.Removed,
                _ => ComparisonChange.Unchanged,
            };
            if (pieces.Count > 0 && pieces[^1].Change == change)
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + line.Text };
            }
            else
            {
                pieces.Add(new ComparisonPiece(change, line.Text ?? string.Empty));
            }
        }

        return pieces;
    }
}
