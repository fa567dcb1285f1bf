using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.UnitTests.Concerns;

public sealed class ConcernTests
{
    private const int Head = 1;
    private static readonly DateTime Now = ConcernExamples.SubmittedAtUtc.AddHours(2);
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Constructor_Report_TakesTheReferenceAndStartsNew()
    {
        var concern = new Concern(2026, 42, ConcernExamples.Report(2), CaseManager.Headteacher, ConcernExamples.SubmittedAtUtc);

        Assert.Equal("RH-2026-0042", concern.Reference);
        Assert.Equal(ConcernStatus.New, concern.Status);
        Assert.Empty(concern.Entries);
    }

    [Theory]
    [InlineData(ConcernCategory.IndecentImagesOfChildren, false, true)]
    [InlineData(ConcernCategory.ContactWithPupil, false, true)]
    [InlineData(ConcernCategory.Extremism, false, true)]
    [InlineData(ConcernCategory.Trolling, true, true)]
    [InlineData(ConcernCategory.Trolling, false, false)]
    [InlineData(ConcernCategory.Cyberbullying, false, false)]
    public void Constructor_CategoryAndChildAtRisk_SetsUrgency(ConcernCategory category, bool childAtRisk, bool urgent) =>
        Assert.Equal(urgent, ConcernExamples.About(2, category, childAtRisk: childAtRisk).IsUrgent);

    [Fact]
    public void Constructor_AdultSubjectWithoutAnAdult_Throws() =>
        Assert.Throws<ArgumentException>(() => new Concern(2026, 1, ConcernExamples.Report(2) with { SubjectAdultId = null }, CaseManager.Headteacher, Now));

    [Fact]
    public void Triage_NewConcern_RecordsDecisionAndMovesToTriaged()
    {
        var concern = ConcernExamples.About(2);

        concern.Triage(ThresholdDecision.LowLevelConcern, "Pattern of late-night messages.", Head, Now, Today);

        Assert.Equal(ConcernStatus.Triaged, concern.Status);
        Assert.Equal(ThresholdDecision.LowLevelConcern, concern.CurrentDecision);
        Assert.Equal([ChronologyEntryKind.Decision, ChronologyEntryKind.StatusChange], concern.Entries.Select(e => e.Kind));
    }

    [Fact]
    public void Triage_WithoutRationale_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => ConcernExamples.About(2).Triage(ThresholdDecision.NotAConcern, "  ", Head, Now, Today));

    [Fact]
    public void Triage_Again_AddsADecisionAndKeepsTheFirst()
    {
        var concern = ConcernExamples.About(2);
        concern.Triage(ThresholdDecision.LowLevelConcern, "First view.", Head, Now, Today);

        concern.Triage(ThresholdDecision.HarmThreshold, "New information.", Head, Now.AddDays(1), Today.AddDays(1));

        Assert.Equal([ThresholdDecision.LowLevelConcern, ThresholdDecision.HarmThreshold], concern.Entries.Where(e => e.Kind == ChronologyEntryKind.Decision).Select(e => e.Decision!.Value));
        Assert.Equal(ThresholdDecision.HarmThreshold, concern.CurrentDecision);
        Assert.Equal(Today.AddDays(1), concern.HarmThresholdDecidedOn);
        Assert.True(concern.IsAllegation);
    }

    [Fact]
    public void StatusMachine_FullCase_GoesThroughEveryStatusInOrder()
    {
        var concern = ConcernExamples.About(2);
        concern.Triage(ThresholdDecision.HarmThreshold, "Meets the threshold.", Head, Now, Today);
        concern.AddReferral(ReferralType.Lado, Today, "LADO-77", "Investigate internally.", Head, Now);
        concern.StartInvestigation(Head, Now);
        concern.AddNote("Met the adult.", Head, Now);
        concern.RecordOutcome(ConcernOutcome.Unsubstantiated, "Not enough evidence either way.", Head, Now);
        concern.Close("Closed after the LADO agreed.", "Remind staff of the policy.", Head, Now);

        Assert.Equal(
            [ConcernStatus.Triaged, ConcernStatus.Investigating, ConcernStatus.OutcomeRecorded, ConcernStatus.Closed],
            concern.Entries.Where(e => e.Kind == ChronologyEntryKind.StatusChange).Select(e => e.Status!.Value));
        Assert.Equal(Today, concern.LadoContactedOn);
        Assert.NotNull(concern.ClosedAtUtc);
    }

    [Fact]
    public void StartInvestigation_NewConcern_Throws() =>
        Assert.Throws<InvalidOperationException>(() => ConcernExamples.About(2).StartInvestigation(Head, Now));

    [Fact]
    public void RecordOutcome_Untriaged_Throws() =>
        Assert.Throws<InvalidOperationException>(() => ConcernExamples.About(2).RecordOutcome(ConcernOutcome.NoFurtherAction, "Why.", Head, Now));

    [Theory]
    [InlineData(ThresholdDecision.HarmThreshold, ConcernOutcome.NoFurtherAction)]
    [InlineData(ThresholdDecision.LowLevelConcern, ConcernOutcome.Substantiated)]
    [InlineData(ThresholdDecision.ConductMatter, ConcernOutcome.Malicious)]
    public void RecordOutcome_FromTheWrongSet_Throws(ThresholdDecision decision, ConcernOutcome outcome)
    {
        var concern = ConcernExamples.About(2);
        concern.Triage(decision, "Reason.", Head, Now, Today);

        Assert.Throws<InvalidOperationException>(() => concern.RecordOutcome(outcome, "Why.", Head, Now));
    }

    [Fact]
    public void Close_BeforeOutcome_Throws()
    {
        var concern = ConcernExamples.About(2);
        concern.Triage(ThresholdDecision.ConductMatter, "Reason.", Head, Now, Today);

        Assert.Throws<InvalidOperationException>(() => concern.Close("Summary.", null, Head, Now));
    }

    [Fact]
    public void AddNote_ClosedCase_Throws()
    {
        var concern = Closed();

        Assert.Throws<InvalidOperationException>(() => concern.AddNote("Late note.", Head, Now));
    }

    [Fact]
    public void Triage_AfterOutcome_Throws()
    {
        var concern = Closed();

        Assert.Throws<InvalidOperationException>(() => concern.Triage(ThresholdDecision.NotAConcern, "Reason.", Head, Now, Today));
    }

    [Fact]
    public void AddAddendum_UnknownEntry_Throws() =>
        Assert.Throws<InvalidOperationException>(() => ConcernExamples.About(2).AddAddendum(99, "Correction.", Head, Now));

    [Fact]
    public void AddReferral_LadoTwice_KeepsTheFirstContactDate()
    {
        var concern = ConcernExamples.About(2);
        concern.AddReferral(ReferralType.Lado, Today, null, "Advice.", Head, Now);

        concern.AddReferral(ReferralType.Lado, Today.AddDays(3), null, "More advice.", Head, Now);

        Assert.Equal(Today, concern.LadoContactedOn);
    }

    [Fact]
    public void AddReferral_NotLado_DoesNotCountAsLadoContact()
    {
        var concern = ConcernExamples.About(2);

        concern.AddReferral(ReferralType.Police, Today, "CAD 123", "Police attending.", Head, Now);

        Assert.Null(concern.LadoContactedOn);
    }

    private static Concern Closed()
    {
        var concern = ConcernExamples.About(2);
        concern.Triage(ThresholdDecision.ConductMatter, "Reason.", Head, Now, Today);
        concern.RecordOutcome(ConcernOutcome.AdviceOrGuidance, "Advice given.", Head, Now);
        concern.Close("Summary.", null, Head, Now);
        return concern;
    }
}
