using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RackHouse.Conduct.Migrations.Sqlite.Migrations
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
