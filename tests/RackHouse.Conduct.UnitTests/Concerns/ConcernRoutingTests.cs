using RackHouse.Conduct.Domain.Concerns;
using RackHouse.Conduct.Domain.Staff;

namespace RackHouse.Conduct.UnitTests.Concerns;

/// <summary>Every role against every situation: who manages a concern and who may see it.</summary>
public sealed class ConcernRoutingTests
{
    private const int Viewer = 1;
    private const int SomeoneElse = 2;

    public static TheoryData<string, CaseManager, bool, bool, bool> Visibility()
    {
        // roles of the viewer, the case manager, a safeguarding category?, is the viewer the subject?, expected
        var data = new TheoryData<string, CaseManager, bool, bool, bool>();
        var table = new (string Roles, bool HeadNotSafe, bool HeadSafe, bool ChairNotSafe, bool ChairSafe)[]
        {
            (Roles.Adult, false, false, false, false),
            (Roles.Office, false, false, false, false),
            (Roles.Governor, false, false, false, false),
            (Roles.Headteacher, true, true, false, false),
            (Roles.SafeguardingLead, false, true, false, true),
            (Roles.ChairOfGovernors, false, false, true, true),
            ($"{Roles.Headteacher},{Roles.SafeguardingLead}", true, true, false, false),
            ($"{Roles.Headteacher},{Roles.ChairOfGovernors}", true, true, false, false),
            ($"{Roles.Office},{Roles.SafeguardingLead}", false, true, false, true),
            ($"{Roles.Governor},{Roles.ChairOfGovernors}", false, false, true, true),
        };
        foreach (var row in table)
        {
            data.Add(row.Roles, CaseManager.Headteacher, false, false, row.HeadNotSafe);
            data.Add(row.Roles, CaseManager.Headteacher, true, false, row.HeadSafe);
            data.Add(row.Roles, CaseManager.ChairOfGovernors, false, false, row.ChairNotSafe);
            data.Add(row.Roles, CaseManager.ChairOfGovernors, true, false, row.ChairSafe);

            // The subject never sees the concern, whatever their roles.
            data.Add(row.Roles, CaseManager.Headteacher, false, true, false);
            data.Add(row.Roles, CaseManager.Headteacher, true, true, false);
            data.Add(row.Roles, CaseManager.ChairOfGovernors, false, true, false);
            data.Add(row.Roles, CaseManager.ChairOfGovernors, true, true, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Visibility))]
    public void CanSee_RoleAgainstSituation_FollowsTheRoutingRules(string roles, CaseManager caseManager, bool safeguarding, bool viewerIsSubject, bool expected)
    {
        var concern = ConcernExamples.About(viewerIsSubject ? Viewer : SomeoneElse, safeguarding ? ConcernCategory.ContactWithPupil : ConcernCategory.Trolling, caseManager);
        var viewer = ConcernViewer.From(Viewer, roles.Split(','));

        Assert.Equal(expected, ConcernRouting.CanSee(concern, viewer));
    }

    [Fact]
    public void CanSee_ConcernAboutNoAdult_HeadteacherSeesIt()
    {
        var concern = ConcernExamples.About(null);

        Assert.True(ConcernRouting.CanSee(concern, ConcernViewer.From(Viewer, [Roles.Headteacher])));
    }

    [Fact]
    public void CanSee_ChildAtRiskInAnyCategory_SafeguardingLeadSeesIt()
    {
        var concern = ConcernExamples.About(SomeoneElse, ConcernCategory.Other, childAtRisk: true);

        Assert.True(ConcernRouting.CanSee(concern, ConcernViewer.From(Viewer, [Roles.SafeguardingLead])));
    }

    [Fact]
    public void Route_SubjectIsNotAnAdultOfTheSchool_GoesToTheHeadteacher() =>
        Assert.Equal(ConcernRoute.Headteacher, ConcernRouting.Route([]));

    [Theory]
    [InlineData(Roles.Adult)]
    [InlineData(Roles.Office)]
    [InlineData(Roles.SafeguardingLead)]
    [InlineData(Roles.Governor)]
    public void Route_SubjectWithoutHeadOrChairRole_GoesToTheHeadteacher(string role) =>
        Assert.Equal(ConcernRoute.Headteacher, ConcernRouting.Route([Roles.Adult, role]));

    [Fact]
    public void Route_SubjectIsTheHeadteacher_GoesToTheChair() =>
        Assert.Equal(ConcernRoute.ChairOfGovernors, ConcernRouting.Route([Roles.Adult, Roles.Headteacher, Roles.SafeguardingLead]));

    [Theory]
    [InlineData(Roles.ChairOfGovernors)]
    [InlineData(Roles.ChairOfGovernors, Roles.Headteacher)]
    public void Route_SubjectIsTheChair_GoesToTheLado(params string[] roles) =>
        Assert.Equal(ConcernRoute.Lado, ConcernRouting.Route(roles));

    [Fact]
    public void CaseManagerFor_Lado_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConcernRouting.CaseManagerFor(ConcernRoute.Lado));

    [Theory]
    [InlineData(Roles.Headteacher, CaseManager.Headteacher, true)]
    [InlineData(Roles.SafeguardingLead, CaseManager.Headteacher, false)]
    [InlineData(Roles.ChairOfGovernors, CaseManager.ChairOfGovernors, true)]
    [InlineData(Roles.SafeguardingLead, CaseManager.ChairOfGovernors, false)]
    [InlineData(Roles.Headteacher, CaseManager.ChairOfGovernors, false)]
    [InlineData(Roles.ChairOfGovernors, CaseManager.Headteacher, false)]
    public void ReadsAuditTrail_Role_OnlyTheCaseManager(string role, CaseManager caseManager, bool expected)
    {
        var concern = ConcernExamples.About(SomeoneElse, ConcernCategory.ContactWithPupil, caseManager);

        Assert.Equal(expected, ConcernRouting.ReadsAuditTrail(concern, ConcernViewer.From(Viewer, [role])));
    }
}
