using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RackHouse.Conduct.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FamilyLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FamilyLinkDeclarations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PupilId = table.Column<int>(type: "int", nullable: true),
                    PupilName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Relationship = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    InSocialMediaContact = table.Column<bool>(type: "bit", nullable: false),
                    Platforms = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Details = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AdultId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                name: "OfficialSiteRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Platform = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Audience = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Moderators = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    AdultId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    What = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    WithWhom = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Why = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    HowLong = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AdultId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                name: "FamilyLinkDeclarationSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ByAdultId = table.Column<int>(type: "int", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    OnDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordId = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ByAdultId = table.Column<int>(type: "int", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    OnDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordId = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ByAdultId = table.Column<int>(type: "int", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    OnDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordId = table.Column<int>(type: "int", nullable: false)
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
                name: "FamilyLinkDeclarationSteps");

            migrationBuilder.DropTable(
                name: "OfficialSiteRequestSteps");

            migrationBuilder.DropTable(
                name: "PermissionRequestSteps");

            migrationBuilder.DropTable(
                name: "FamilyLinkDeclarations");

            migrationBuilder.DropTable(
                name: "OfficialSiteRequests");

            migrationBuilder.DropTable(
                name: "PermissionRequests");
        }
    }
}
