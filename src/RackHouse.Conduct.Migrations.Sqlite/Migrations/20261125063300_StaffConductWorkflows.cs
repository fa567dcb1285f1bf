using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RackHouse.Conduct.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StaffConductWorkflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "GovernorsSeeOverdueAdults",
                table: "SchoolSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorAdultId = table.Column<int>(type: "INTEGER", nullable: true),
                    FromAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConcernReference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConcernDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReporterAdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    ChildAtRisk = table.Column<bool>(type: "INTEGER", nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeviceLocation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HappenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FoundOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SubjectAdultId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubjectDescription = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsSelfReferral = table.Column<bool>(type: "INTEGER", nullable: false),
                    PupilsInvolved = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SentReference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernDrafts_Adults_ReporterAdultId",
                        column: x => x.ReporterAdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConcernDrafts_Adults_SubjectAdultId",
                        column: x => x.SubjectAdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ReporterAdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChildAtRisk = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsUrgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSafeguarding = table.Column<bool>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeviceLocation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HappenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FoundOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectAdultId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubjectDescription = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsSelfReferral = table.Column<bool>(type: "INTEGER", nullable: false),
                    PupilsInvolved = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CaseManager = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CurrentDecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HarmThresholdDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LadoContactedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Concerns_Adults_ReporterAdultId",
                        column: x => x.ReporterAdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Concerns_Adults_SubjectAdultId",
                        column: x => x.SubjectAdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConcernYearCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernYearCounters", x => new { x.Year, x.Series });
                });

            migrationBuilder.CreateTable(
                name: "FamilyLinkDeclarations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: true),
                    PupilName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InSocialMediaContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    Platforms = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyLinkDeclarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyLinkDeclarations_Adults_AdultId",
                        column: x => x.AdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyLinkDeclarations_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FiguresStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiguresStamps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TimesSent = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invitations_Adults_AdultId",
                        column: x => x.AdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfficialSiteRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Moderators = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialSiteRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficialSiteRequests_Adults_AdultId",
                        column: x => x.AdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PermissionRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WithWhom = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Why = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    HowLong = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermissionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PermissionRequests_Adults_AdultId",
                        column: x => x.AdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChronologyEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConcernId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ByAdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReferralType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReferralReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LessonsLearned = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AmendsEntryId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChronologyEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChronologyEntries_Adults_ByAdultId",
                        column: x => x.ByAdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChronologyEntries_ChronologyEntries_AmendsEntryId",
                        column: x => x.AmendsEntryId,
                        principalTable: "ChronologyEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChronologyEntries_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Evidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DraftId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernId = table.Column<int>(type: "INTEGER", nullable: true),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    UploadedByAdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evidence_Adults_UploadedByAdultId",
                        column: x => x.UploadedByAdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Evidence_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyLinkDeclarationSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ByAdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OnDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyLinkDeclarationSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyLinkDeclarationSteps_Adults_ByAdultId",
                        column: x => x.ByAdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyLinkDeclarationSteps_FamilyLinkDeclarations_RecordId",
                        column: x => x.RecordId,
                        principalTable: "FamilyLinkDeclarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfficialSiteRequestSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ByAdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OnDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialSiteRequestSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficialSiteRequestSteps_Adults_ByAdultId",
                        column: x => x.ByAdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfficialSiteRequestSteps_OfficialSiteRequests_RecordId",
                        column: x => x.RecordId,
                        principalTable: "OfficialSiteRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PermissionRequestSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ByAdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OnDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermissionRequestSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PermissionRequestSteps_Adults_ByAdultId",
                        column: x => x.ByAdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PermissionRequestSteps_PermissionRequests_RecordId",
                        column: x => x.RecordId,
                        principalTable: "PermissionRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "FiguresStamps",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, new Guid("00000000-0000-0000-0000-000000000000") });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ConcernReference",
                table: "AuditEntries",
                column: "ConcernReference");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChronologyEntries_AmendsEntryId",
                table: "ChronologyEntries",
                column: "AmendsEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ChronologyEntries_ByAdultId",
                table: "ChronologyEntries",
                column: "ByAdultId");

            migrationBuilder.CreateIndex(
                name: "IX_ChronologyEntries_ConcernId",
                table: "ChronologyEntries",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernDrafts_ReporterAdultId",
                table: "ConcernDrafts",
                column: "ReporterAdultId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernDrafts_SubjectAdultId",
                table: "ConcernDrafts",
                column: "SubjectAdultId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_Reference",
                table: "Concerns",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ReporterAdultId",
                table: "Concerns",
                column: "ReporterAdultId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_Status_IsUrgent_SubmittedAtUtc",
                table: "Concerns",
                columns: new[] { "Status", "IsUrgent", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_SubjectAdultId",
                table: "Concerns",
                column: "SubjectAdultId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_Year_CaseManager_Number",
                table: "Concerns",
                columns: new[] { "Year", "CaseManager", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_ConcernId",
                table: "Evidence",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_DraftId",
                table: "Evidence",
                column: "DraftId");

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_StoredName",
                table: "Evidence",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_UploadedByAdultId",
                table: "Evidence",
                column: "UploadedByAdultId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyLinkDeclarations_AdultId",
                table: "FamilyLinkDeclarations",
                column: "AdultId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyLinkDeclarations_PupilId",
                table: "FamilyLinkDeclarations",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyLinkDeclarations_Status",
                table: "FamilyLinkDeclarations",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyLinkDeclarationSteps_ByAdultId",
                table: "FamilyLinkDeclarationSteps",
                column: "ByAdultId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyLinkDeclarationSteps_RecordId",
                table: "FamilyLinkDeclarationSteps",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_AdultId",
                table: "Invitations",
                column: "AdultId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_TokenHash",
                table: "Invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfficialSiteRequests_AdultId",
                table: "OfficialSiteRequests",
                column: "AdultId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialSiteRequests_Status",
                table: "OfficialSiteRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialSiteRequestSteps_ByAdultId",
                table: "OfficialSiteRequestSteps",
                column: "ByAdultId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialSiteRequestSteps_RecordId",
                table: "OfficialSiteRequestSteps",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_PermissionRequests_AdultId",
                table: "PermissionRequests",
                column: "AdultId");

            migrationBuilder.CreateIndex(
                name: "IX_PermissionRequests_Status",
                table: "PermissionRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_PermissionRequestSteps_ByAdultId",
                table: "PermissionRequestSteps",
                column: "ByAdultId");

            migrationBuilder.CreateIndex(
                name: "IX_PermissionRequestSteps_RecordId",
                table: "PermissionRequestSteps",
                column: "RecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "ChronologyEntries");

            migrationBuilder.DropTable(
                name: "ConcernDrafts");

            migrationBuilder.DropTable(
                name: "ConcernYearCounters");

            migrationBuilder.DropTable(
                name: "Evidence");

            migrationBuilder.DropTable(
                name: "FamilyLinkDeclarationSteps");

            migrationBuilder.DropTable(
                name: "FiguresStamps");

            migrationBuilder.DropTable(
                name: "Invitations");

            migrationBuilder.DropTable(
                name: "OfficialSiteRequestSteps");

            migrationBuilder.DropTable(
                name: "PermissionRequestSteps");

            migrationBuilder.DropTable(
                name: "Concerns");

            migrationBuilder.DropTable(
                name: "FamilyLinkDeclarations");

            migrationBuilder.DropTable(
                name: "OfficialSiteRequests");

            migrationBuilder.DropTable(
                name: "PermissionRequests");

            migrationBuilder.DropColumn(
                name: "GovernorsSeeOverdueAdults",
                table: "SchoolSettings");
        }
    }
}
