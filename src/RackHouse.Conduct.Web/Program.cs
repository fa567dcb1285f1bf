using RackHouse.Conduct.Web.Features;
using RackHouse.Conduct.Web.Infrastructure;
using RackHouse.Conduct.Web.Infrastructure.Authorization;
using RackHouse.Conduct.Web.Infrastructure.Commands;
using RackHouse.Conduct.Web.Infrastructure.Database;
using RackHouse.Conduct.Web.Infrastructure.Email;
using RackHouse.Conduct.Web.Infrastructure.Identity;
using RackHouse.Conduct.Web.Infrastructure.Logging;
using RackHouse.Conduct.Web.Infrastructure.Mvc;
using RackHouse.Conduct.Web.Infrastructure.Security;

var command = ConductCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command is null ? args : []);
var folders = AppFolders.From(builder.Configuration, builder.Environment.ContentRootPath);
var cookies = PortalCookies.For(builder.Environment);

builder.Services.AddSingleton(folders);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddConductLogging(builder.Configuration, folders);
builder.Services.AddConductDatabase(builder.Configuration, folders);
builder.Services.AddConductIdentity(cookies);
builder.Services.AddConductAuthorization();
builder.Services.AddConductEmail(builder.Configuration, folders);
builder.Services.AddSignInRateLimit(builder.Configuration);
builder.Services.AddConductForwardedHeaders(builder.Configuration);
builder.Services.AddConductMvc(cookies);
builder.Services.AddConductFeatures(builder.Configuration);
builder.Services.AddConductHealthChecks();
builder.Services.AddConductCommands();

var app = builder.Build();

if (command is not null)
{
    return await command.RunAsync(app.Services);
}

await app.PrepareDatabaseAsync();
app.UseConductPipeline();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
