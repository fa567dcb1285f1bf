namespace RackHouse.Conduct.Domain.Policies;

/// <summary>An adult's confirmation that they read and accept one version of a policy in one academic year.
/// Never edited or deleted; the database allows one per adult, version and academic year.</summary>
public sealed class Acknowledgement
{
    private Acknowledgement()
    {
        Statements = string.Empty;
        TextSha256 = string.Empty;
    }

    /// <param name="statements">The statements exactly as they were shown and confirmed.</param>
    /// <param name="textSha256">The fingerprint of the text as the adult saw it, school name filled in.</param>
    public Acknowledgement(int adultId, int policyVersionId, int academicYearStart, DateTime acknowledgedAtUtc, IReadOnlyList<AcknowledgementStatement> statements, string textSha256)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentException.ThrowIfNullOrWhiteSpace(textSha256);
        if (statements.Count == 0)
        {
            throw new ArgumentException("An acknowledgement confirms at least one statement.", nameof(statements));
        }

        AdultId = adultId;
        PolicyVersionId = policyVersionId;
        AcademicYearStart = academicYearStart;
        AcknowledgedAtUtc = acknowledgedAtUtc;
        Statements = string.Join('\n', statements.Select(s => s.Text));
        TextSha256 = textSha256;
    }

    public long Id { get; private set; }

    public int AdultId { get; private set; }

    public int PolicyVersionId { get; private set; }

    /// <summary>The calendar year the academic year starts in: 2026 for 2026 to 2027.</summary>
    public int AcademicYearStart { get; private set; }

    public DateTime AcknowledgedAtUtc { get; private set; }

    /// <summary>The confirmed statements, one per line, as shown.</summary>
    public string Statements { get; private set; }

    public string TextSha256 { get; private set; }

    public IReadOnlyList<string> StatementLines => Statements.Split('\n');
}
