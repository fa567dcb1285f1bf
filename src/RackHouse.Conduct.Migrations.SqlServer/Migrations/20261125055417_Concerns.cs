using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RackHouse.Conduct.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Concerns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorAdultId = table.Column<int>(type: "int", nullable: true),
                    FromAddress = table.Column<string>(type: "nvarchar(45)", maxLength: 45, nullable: true),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ConcernReference = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Detail = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    PreviousHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConcernDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReporterAdultId = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    ChildAtRisk = table.Column<bool>(type: "bit", nullable: false),
                    Platform = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DeviceLocation = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    HappenedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FoundOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubjectKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    SubjectAdultId = table.Column<int>(type: "int", nullable: true),
                    SubjectDescription = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    IsSelfReferral = table.Column<bool>(type: "bit", nullable: false),
                    PupilsInvolved = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    SentReference = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Reference = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    ReporterAdultId = table.Column<int>(type: "int", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ChildAtRisk = table.Column<bool>(type: "bit", nullable: false),
                    IsUrgent = table.Column<bool>(type: "bit", nullable: false),
                    IsSafeguarding = table.Column<bool>(type: "bit", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    Platform = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DeviceLocation = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    HappenedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FoundOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubjectKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubjectAdultId = table.Column<int>(type: "int", nullable: true),
                    SubjectDescription = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    IsSelfReferral = table.Column<bool>(type: "bit", nullable: false),
                    PupilsInvolved = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CaseManager = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CurrentDecision = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    HarmThresholdDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LadoContactedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Year = table.Column<int>(type: "int", nullable: false),
                    LastNumber = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernYearCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "ChronologyEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConcernId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ByAdultId = table.Column<int>(type: "int", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Decision = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ReferralType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReferralReference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    LessonsLearned = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AmendsEntryId = table.Column<long>(type: "bigint", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DraftId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConcernId = table.Column<int>(type: "int", nullable: true),
                    StoredName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    UploadedByAdultId = table.Column<int>(type: "int", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                name: "IX_Concerns_Year_Number",
                table: "Concerns",
                columns: new[] { "Year", "Number" },
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
                name: "Concerns");
        }
    }
}
