using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RackHouse.Conduct.Domain.Staff;
using RackHouse.Conduct.IntegrationTests.Infrastructure;
using RackHouse.Conduct.Web.Infrastructure.Authorization;

namespace RackHouse.Conduct.IntegrationTests.Security;

/// <summary>Every endpoint names its policy, or is one of the few that anyone may reach.</summary>
public sealed class AuthorizationCoverageTests(ConductWebFactory factory) : IClassFixture<ConductWebFactory>
{
    /// <summary>The anonymous endpoints, pinned: adding one is a decision to be made here, in review.</summary>
    private static readonly string[] AnonymousActions =
    [
        "Account.SignIn GET", "Account.SignIn POST",
        "Account.SignInTwoFactor GET", "Account.SignInTwoFactor POST",
        "Account.SignInRecoveryCode GET", "Account.SignInRecoveryCode POST",
        "Account.ForgotPassword GET", "Account.ForgotPassword POST",
        "Account.ResetPassword GET", "Account.ResetPassword POST",
        "AcceptInvitation.Accept GET", "AcceptInvitation.Accept POST",
        "Error.ServerError *", "Error.Status *",
    ];

    [Fact]
    public void EveryAction_HasAnExplicitPolicyOrIsAllowedAnonymous()
    {
        var problems = new List<string>();
        foreach (var action in Actions())
        {
            var anonymous = action.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = action.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (anonymous && !AnonymousActions.Contains(action.Name))
            {
                problems.Add($"{action.Name} allows anonymous users but is not in the pinned list");
            }
            else if (!anonymous && (policies.Count == 0 || policies.Any(string.IsNullOrEmpty)))
            {
                problems.Add($"{action.Name} has no named policy");
            }
            else if (policies.Any(p => p is not null && !AuthorizationPolicies.RolesByPolicy.ContainsKey(p)))
            {
                problems.Add($"{action.Name} names an unknown policy");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.All(AnonymousActions, name => Assert.Contains(Actions(), a => a.Name == name));
    }

    [Fact]
    public async Task EveryProtectedAction_RedirectsAnonymousCallersToSignIn()
    {
        using var browser = factory.CreateBrowser();
        foreach (var action in Actions().Where(a => !AnonymousActions.Contains(a.Name)))
        {
            using var response = await browser.Client.SendAsync(new HttpRequestMessage(new HttpMethod(action.Method == "*" ? "GET" : action.Method), action.Path));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{action.Name} at {action.Path} answered {(int)response.StatusCode}");
            Assert.StartsWith("https://localhost/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryRoleRestrictedAction_Answers403ToAnAdultWithoutTheRole()
    {
        await factory.CreateAdultAsync("plain.adult@coverage.example", AdultCategory.Volunteer);
        using var browser = factory.CreateBrowser();
        await browser.SignInAsync("plain.adult@coverage.example");
        var restricted = Actions().Where(a => a.Policies.Any(p => p != AuthorizationPolicies.SignedIn)).ToList();

        Assert.NotEmpty(restricted);
        foreach (var action in restricted.Where(a => a.Method is "GET" or "*"))
        {
            using var response = await browser.GetAsync(action.Path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{action.Name} answered {(int)response.StatusCode}");
        }
    }

    private List<ActionEndpoint> Actions() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .Select(e => new ActionEndpoint(e))
            .ToList();

    private sealed class ActionEndpoint(RouteEndpoint endpoint)
    {
        public RouteEndpoint Endpoint { get; } = endpoint;

        public string Method { get; } = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Single() ?? "*";

        public string Name => $"{Descriptor.ControllerName}.{Descriptor.ActionName} {Method}";

        public IReadOnlyList<string?> Policies => Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();

        /// <summary>The route with any parameter filled with 1.</summary>
        public string Path => "/" + System.Text.RegularExpressions.Regex.Replace(Endpoint.RoutePattern.RawText ?? string.Empty, "{[^}]+}", "1").TrimStart('/');

        private ControllerActionDescriptor Descriptor => Endpoint.Metadata.GetMetadata<ControllerActionDescriptor>()!;
    }
}
